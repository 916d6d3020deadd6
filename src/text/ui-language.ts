/**
 * The language an app string (`ui` namespace) shows in when that is not the reader's: the UI
 * speaks 13 languages, and a Thai or Norwegian checklist's "Step 1" is its English. Marked so
 * (`lang="en-US"`), a screen reader reads it as English rather than as Thai sounds; a variety of
 * the reader's own language (pt-BR for pt-PT) is not marked.
 */
import type { Translator } from '../catalog/i18n.js';

export function uiLanguage(tr: Translator, key: string, values: Record<string, unknown> = {}): string | undefined {
  const { usedLng } = tr.t(key, { ...values, returnDetails: true }) as unknown as { usedLng?: string };
  return usedLng !== undefined && languageOf(usedLng) !== languageOf(tr.language) ? usedLng : undefined;
}

function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}
