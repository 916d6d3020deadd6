/** `docflow list`: the procedures, titled in the chosen locale. */
import type { Command } from 'commander';
import type { Cache } from '../../catalog/cache.js';
import type { Translator } from '../../catalog/i18n.js';
import { PackedMemo } from '../../catalog/packed-memo.js';
import type { FlowEntry } from '../../model/workflow.js';
import { flowTitle } from '../../text/flow-text.js';
import { plainMessage } from '../../text/inline-runs.js';
import { titlesSession, type LocaleOptions } from '../context.js';
import { print, printJson, type Io } from '../io.js';
import { withLocale } from '../options.js';
import { sanitize } from '../../text/sanitize.js';
import { wrapHanging } from '../../text/wrap-plain.js';

export function registerList(program: Command, io: Io): void {
  withLocale(program.command('list'))
    .description('list the procedures that can be run')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  docflow list --locale zh-CN')
    .action((options: LocaleOptions & { json?: boolean }) => printFlowList(io, options));
}

/** `loading`: what the load is done under (`run` says meanwhile that it is reading the articles). */
export function printFlowList(io: Io, options: LocaleOptions & { json?: boolean }, loading: <T>(load: () => T) => T = (load) => load()): void {
  // Titles and procedures only: from each article's summary, kept between runs.
  const { session: { tr, workspace }, flows } = loading(() => titlesSession(io, options, { once: true }));
  const plain = plainTitles(workspace.parseCache, tr.language);
  printList(io, flows, tr, workspace.contentDir, (flow) => plain(flowTitle(flow, tr)), options.json);
  plain.save();
}

/**
 * A title as plain text, kept between runs: a title with markup (a link, an entity) would load
 * and warm up the markdown parser, a fifth of a warm listing's time.
 */
function plainTitles(cache: Cache | undefined, language: string): ((markdown: string) => string) & { save(): void } {
  const memo = cache && new PackedMemo<string>(cache, 'plain-titles', language);
  const plain = (markdown: string) => (memo ? memo.take(markdown, '', () => ({ value: plainMessage(markdown), keep: true })) : plainMessage(markdown));
  return Object.assign(plain, { save: () => memo?.save() });
}

/** Columns a title needs beside the slugs; in fewer, each title goes under its slug, so indented. */
const TITLE_ROOM = 30;
const UNDER_SLUG = '      ';

function printList(io: Io, flows: readonly FlowEntry[], tr: Translator, contentDir: string, title: (flow: FlowEntry) => string, json = false): void {
  if (json) {
    printJson(
      io,
      flows.map((f) => ({ id: f.id, title: title(f), steps: f.steps.length })),
      2,
    );
    return;
  }
  if (flows.length === 0) {
    print(io, tr.t('errors.no-flows', { dir: contentDir }));
    return;
  }
  const width = Math.max(...flows.map((f) => f.id.length));
  // "5 steps" once per count (i18next resolves plurals slowly), the whole list in one write.
  const steps = new Map<number, string>();
  const stepsLabel = (count: number) => steps.get(count) ?? steps.set(count, tr.t('list.steps', { count })).get(count)!;
  // To a terminal, a title too long for it goes on under its column (a dumb one folded it
  // mid-word); under its slug, indented, when the column leaves it too little room.
  const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
  const under = columns !== undefined && width + 4 > columns - TITLE_ROOM;
  const lines = flows.map((flow) => {
    const text = `${sanitize(title(flow))}  (${stepsLabel(flow.steps.length)})`;
    if (!columns) return `  ${flow.id.padEnd(width)}  ${text}`;
    if (under) return `  ${flow.id}\n${wrapHanging(`${UNDER_SLUG}${text}`, UNDER_SLUG, columns)}`;
    const lead = `  ${flow.id.padEnd(width)}  `;
    return wrapHanging(lead + text, lead, columns);
  });
  print(io, [`${tr.t('list.heading')} (${tr.language})`, ...lines].join('\n'));
}
