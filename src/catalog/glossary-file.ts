/**
 * A content's glossaries as a file (`docflow glossary`), so that the jobs of a CI matrix do not
 * each read every file of a locale to learn it: each job of a first matrix learns from its own
 * shard's files and writes a part, `docflow merge` joins the parts, and the jobs of the next
 * matrix take the whole (`--glossary`). Without it, every `extract --shard i/64` job of four
 * copies of the 370 fr-fr articles spent 1.3 s of its 1.7 on the glossary.
 *
 * A label's translations keep where each was first seen (the file's place in its locale, then
 * its place among that file's translations of the label): ties in count and length are broken in
 * that order when labels are paired, so a glossary joined from parts must list them as one run
 * over every file would have.
 */
import type { Glossary, LeadCounts } from '../parse/label-glossary.js';
import { emptyGlossary } from '../parse/label-glossary.js';
import { contentHash } from './cache-file.js';
import type { Content } from './content.js';

export const GLOSSARY_FILE = 'docflow-glossary@1';

/** A translation: its text, how often it was seen, and where first (file index, order in that file). */
type SeenTranslation = [text: string, count: number, file: number, order: number];

export interface LocaleLessons {
  /** A hash of the locale's articles (their slugs, in order): the content the indexes count in. */
  articles: string;
  /** How many files of the locale were learned from (all of them, in a whole glossary). */
  files: number;
  terms: [source: string, translations: SeenTranslation[]][];
  leads: [lead: string, action: number, name: number][];
}

export interface GlossaryFile {
  docflow: typeof GLOSSARY_FILE;
  /** `i/n` in a part of a matrix; absent in a whole glossary. */
  shard?: string;
  locales: Record<string, LocaleLessons>;
}

/** A locale's articles, as a glossary file names them: the order its files' indexes count in. */
export function localeArticles(content: Content, locale: string): { hash: string; slugs: string[] } {
  const slugs = [...content.articles].flatMap(([slug, files]) => (files.has(locale) ? [slug] : []));
  return { hash: contentHash(slugs.join('\0')), slugs };
}

/** A locale's lessons as the file keeps them, from files' lessons given with their index in the locale. */
export class LessonsFold {
  private readonly terms = new Map<string, Map<string, SeenTranslation>>();
  private readonly leads = new Map<string, LeadCounts>();
  private files = 0;

  constructor(readonly articles: string) {}

  /** One file's lessons, `index` its place among the locale's files. */
  addFile(index: number, lessons: Glossary): void {
    this.files++;
    for (const [source, targets] of lessons.terms) {
      let order = 0;
      for (const [text, count] of targets) this.add(source, [text, count, index, order++]);
    }
    for (const [lead, seen] of lessons.leads) this.addLead(lead, seen.action, seen.name);
  }

  /** Another part's lessons of the same locale. */
  addPart(part: LocaleLessons): void {
    this.files += part.files;
    for (const [source, translations] of part.terms) for (const seen of translations) this.add(source, seen);
    for (const [lead, action, name] of part.leads) this.addLead(lead, action, name);
  }

  private add(source: string, [text, count, file, order]: SeenTranslation): void {
    let entry = this.terms.get(source);
    if (!entry) this.terms.set(source, (entry = new Map()));
    const known = entry.get(text);
    if (!known) entry.set(text, [text, count, file, order]);
    else {
      known[1] += count;
      if (file < known[2] || (file === known[2] && order < known[3])) [known[2], known[3]] = [file, order];
    }
  }

  private addLead(lead: string, action: number, name: number): void {
    const seen = this.leads.get(lead);
    this.leads.set(lead, { action: (seen?.action ?? 0) + action, name: (seen?.name ?? 0) + name });
  }

  /** As written: sorted, so that the same lessons make the same bytes whatever the parts' order. */
  lessons(): LocaleLessons {
    const byCode = <T extends [string, ...unknown[]]>(a: T, b: T) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    return {
      articles: this.articles,
      files: this.files,
      terms: [...this.terms].map(([source, entry]): LocaleLessons['terms'][number] => [source, [...entry.values()].sort(firstSeen)]).sort(byCode),
      leads: [...this.leads].map(([lead, { action, name }]): LocaleLessons['leads'][number] => [lead, action, name]).sort(byCode),
    };
  }
}

const firstSeen = (a: SeenTranslation, b: SeenTranslation) => a[2] - b[2] || a[3] - b[3];

/** The glossary a run over every file of the locale learns: each label's translations in the order first seen. */
export function glossaryOf(lessons: LocaleLessons): Glossary {
  const glossary = emptyGlossary();
  for (const [source, translations] of lessons.terms) glossary.terms.set(source, new Map([...translations].sort(firstSeen).map(([text, count]) => [text, count])));
  for (const [lead, action, name] of lessons.leads) glossary.leads.set(lead, { action, name });
  return glossary;
}

/**
 * What is wrong with data read as a glossary file, or undefined: the checks that keep a
 * hand-edited or cut file from being taken for lessons.
 */
export function glossaryFileProblem(data: unknown): string | undefined {
  const file = data as Partial<GlossaryFile> | null;
  if (file?.docflow !== GLOSSARY_FILE) return `not a glossary of this docflow (\`docflow glossary\` output names itself “${GLOSSARY_FILE}”)`;
  if (file.shard !== undefined && (typeof file.shard !== 'string' || !/^\d+\/\d+$/.test(file.shard))) return `its shard is not i/n`;
  if (!file.locales || typeof file.locales !== 'object' || Array.isArray(file.locales)) return 'it has no locales';
  for (const [locale, lessons] of Object.entries(file.locales)) {
    const wrong = localeProblem(lessons);
    if (wrong) return `${locale}: ${wrong}`;
  }
  return undefined;
}

function localeProblem(lessons: unknown): string | undefined {
  const { articles, files, terms, leads } = (lessons ?? {}) as Partial<LocaleLessons>;
  if (typeof articles !== 'string' || !Number.isInteger(files)) return 'its articles or files are missing';
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  const translation = (t: unknown) => Array.isArray(t) && t.length === 4 && typeof t[0] === 'string' && count(t[1]) && count(t[2]) && count(t[3]);
  if (!Array.isArray(terms) || !terms.every((t) => Array.isArray(t) && typeof t[0] === 'string' && Array.isArray(t[1]) && t[1].every(translation))) return 'a term is not [label, [[translation, count, file, order], …]]';
  if (!Array.isArray(leads) || !leads.every((l) => Array.isArray(l) && typeof l[0] === 'string' && count(l[1]) && count(l[2]))) return 'a lead is not [lead, action, name]';
  return undefined;
}
