import { Box, Text, useInput } from 'ink';
import { useMemo, useRef, useState } from 'react';
import type { FlowEntry } from '../../model/workflow.js';
import { translator } from '../../catalog/i18n.js';
import { flowTitle } from '../../text/flow-text.js';
import { plainMessage } from '../../text/inline-runs.js';
import { sanitize } from '../../text/sanitize.js';
import { windowStart } from '../hooks/use-cursor.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { displayWidth, fitParts } from '../../text/display-width.js';
import { useTranslation } from '../hooks/use-translation.js';
import { folded, matches } from '../picker-filter.js';
import { graphemes } from '../../text/graphemes.js';
import { useTheme } from '../theme.js';
import { hintLines, KeyHints } from './KeyHints.js';
import { ListPosition } from './ListPosition.js';

/** Lines the picker keeps for itself: title, filter, position, a line of key hints and the gaps between. */
const CHROME = 8;

export interface FlowPickerProps {
  flows: FlowEntry[];
  onPick: (flow: FlowEntry) => void;
  onLocaleMenu: () => void;
  onHelp: () => void;
  onQuit: () => void;
  /** False while the help or the language menu is open over it. */
  active?: boolean;
  /**
   * Where the reader was in the list (filter and cursor), kept by the app while a flow they opened
   * is on screen: back from it, they find their search as they left it.
   */
  place?: { current: PickerPlace };
}

export interface PickerPlace {
  cursor: number;
  query: string;
  /** The entry under the cursor: the same one after the list is made again (another language). */
  entry?: string;
  /** The language the search was typed in: it still finds the titles it was typed for in another. */
  typedIn?: string;
}

/** Where the cursor is in a list: on its entry if the list has it, else at its number. */
function cursorIn(place: PickerPlace, list: readonly FlowEntry[]): number {
  const found = place.entry === undefined ? -1 : list.findIndex((flow) => flow.id === place.entry);
  return found >= 0 ? found : Math.min(place.cursor, Math.max(0, list.length - 1));
}

/**
 * The procedures to choose from, titled in the current locale, as tall as the terminal: type to
 * filter, ↑/↓ and PgUp/PgDn/Home/End to move, the article's folder beside its title (two articles
 * of a docs repository can share one: `Archive/` and `partner-center/` "Add a new customer").
 */
export function FlowPicker({ flows, onPick, onLocaleMenu, onHelp, onQuit, active = true, place }: FlowPickerProps) {
  const tr = useTranslation();
  const { t, language } = tr;
  const theme = useTheme();
  const { rows, columns } = useTerminalSize();
  const hints = [t('keys.move.page'), t('keys.open.picker'), t('keys.locale.menu.tab'), t('keys.help'), t('keys.quit.esc')];
  // Hints that wrap (a narrow terminal, a longer language) take rows from the list, not the
  // title: down to one entry (three made French at 40×12 a line taller than the screen).
  // The whole terminal's width (see App): a row is scanned across, not read as a paragraph.
  const width = columns;
  const window = Math.max(1, rows - CHROME - (hintLines(hints, width) - 1));
  // Keys can arrive faster than renders: Enter must see the cursor (and list) the last key made.
  const own = useRef<PickerPlace>({ cursor: 0, query: '' });
  const latest = place ?? own;
  const [query, setQuery] = useState(latest.current.query);
  // Titles are made as rows show them, and what a filter searches when one is typed: the first
  // frame of a repository's 800 procedures draws a screenful (a third of its render time was these).
  const titleOf = useMemo(() => onDemand((flow: FlowEntry) => flowTitle(flow, tr)), [flows, tr.language]); // eslint-disable-line react-hooks/exhaustive-deps
  // A search typed before the language changed (Tab here, or `l` in a flow opened from here)
  // matches the titles in the language it was typed in too: "订阅" found nothing once English.
  const typedIn = latest.current.typedIn;
  const typedTitle = useMemo(() => (typedIn === undefined || typedIn === language ? undefined : translator(tr.i18n, typedIn)), [typedIn, language, tr.i18n]);
  const haystackOf = useMemo(
    () => onDemand((flow: FlowEntry) => folded(`${plainMessage(titleOf(flow))} ${typedTitle ? `${plainMessage(flowTitle(flow, typedTitle))} ` : ''}${flow.id.replace(/[/#-]/g, ' ')}`)),
    [titleOf, typedTitle],
  );
  const filter = (q: string) => (q.trim() === '' ? flows : flows.filter((flow) => matches(haystackOf(flow), q)));
  const shown = useMemo(() => filter(query), [haystackOf, query]); // eslint-disable-line react-hooks/exhaustive-deps
  // The titles of each article's other procedures, which a cut title must read apart from (see shortTitle).
  const siblingsOf = useMemo(() => {
    const bySlug = new Map<string, FlowEntry[]>();
    for (const flow of flows) {
      const article = bySlug.get(flow.slug);
      if (article) article.push(flow);
      else bySlug.set(flow.slug, [flow]);
    }
    return (flow: FlowEntry) => (bySlug.get(flow.slug) ?? []).filter((other) => other !== flow).map((other) => sanitize(plainMessage(titleOf(other))));
  }, [flows, titleOf]);
  // Back from a flow, the list may be another (every procedure, after one opened by name).
  const [, setCursor] = useState(() => (latest.current.cursor = cursorIn(latest.current, shown)));
  const moveTo = (at: number, list: readonly FlowEntry[]) => {
    latest.current.cursor = list.length === 0 ? 0 : Math.min(Math.max(0, at), list.length - 1);
    latest.current.entry = list[latest.current.cursor]?.id;
    setCursor(latest.current.cursor);
  };
  useInput((input, key) => {
    const current = latest.current;
    const list = current.query === query ? shown : filter(current.query);
    const at = cursorIn(current, list);
    if (key.escape) {
      if (current.query === '') return onQuit();
      current.query = '';
      setQuery('');
      return moveTo(0, flows);
    }
    if (key.return) {
      const picked = list[at];
      if (picked) onPick(picked);
      return;
    }
    if (key.tab) return onLocaleMenu();
    if (key.upArrow) return moveTo(at - 1, list);
    if (key.downArrow) return moveTo(at + 1, list);
    if (key.pageUp) return moveTo(at - window, list);
    if (key.pageDown) return moveTo(at + window, list);
    if (key.home) return moveTo(0, list);
    if (key.end) return moveTo(list.length - 1, list);
    if (key.backspace || key.delete) {
      // A character as the reader sees it: an emoji with its skin tone, a letter with its accent.
      current.query = graphemes(current.query).slice(0, -1).join('');
      setQuery(current.query);
      return moveTo(0, filter(current.query));
    }
    if (input === '?' && current.query === '') return onHelp();
    if (input && !key.ctrl && !key.meta && !/[\u0000-\u001f]/.test(input)) {
      if (current.query === '') current.typedIn = language;
      current.query += input;
      setQuery(current.query);
      return moveTo(0, filter(current.query));
    }
  }, { isActive: active });
  const at = cursorIn(latest.current, shown);
  const start = windowStart(at, window, shown.length);
  return (
    <Box flexDirection="column" gap={1}>
      <Box justifyContent="space-between">
        <Text bold color={theme.accent}>
          {t('picker.title', { count: flows.length })}
        </Text>
        <Text color={theme.muted}>{language}</Text>
      </Box>
      <Text>
        <Text color={theme.accent}>{'/ '}</Text>
        {query ? <Text>{sanitize(query)}</Text> : <Text color={theme.muted}>{t('picker.filter')}</Text>}
        <Text inverse> </Text>
      </Text>
      <Box flexDirection="column" height={Math.min(window, Math.max(1, shown.length))}>
        {shown.length === 0 ? <Text color={theme.muted}>{t('picker.none', { query: sanitize(query) })}</Text> : null}
        {shown.slice(start, start + window).map((flow, i) => {
          const selected = start + i === at;
          const folder = folderOf(flow);
          // Cut here, not by Ink: its cut let a wide character cross the edge (a Chinese title's
          // ellipsis took a line of its own and pushed the title off the screen).
          // A folder or count with no room left but for its ellipsis is left out: after a title
          // cut short it made two, after a whole one it said nothing.
          const [title, where, steps] = fitParts([shortTitle(sanitize(plainMessage(titleOf(flow))), width - 2, siblingsOf(flow)), folder ? `  ${sanitize(folder)}` : '', `  ${t('picker.steps', { count: flow.steps.length })}`], width - 2).map((part, index) =>
            index > 0 && /^\s*…$/u.test(part) ? '' : part,
          );
          return (
            <Box key={flow.id}>
              <Text wrap="truncate-end" inverse={selected}>
                {selected ? '› ' : '  '}
                {title}
                {where ? <Text color={theme.muted}>{where}</Text> : null}
                {steps ? <Text color={theme.muted}>{steps}</Text> : null}
              </Text>
            </Box>
          );
        })}
      </Box>
      {shown.length === 0 ? <Text>{''}</Text> : <ListPosition start={start} shown={Math.min(window, shown.length - start)} count={shown.length} />}
      <KeyHints hints={hints} />
    </Box>
  );
}

/** Between an article's title and its procedure's (see flowTitle). */
const PROCEDURE = ' — ';
/** Columns an article's title keeps when it is cut so that its procedure's shows. */
const ARTICLE_AT_LEAST = 16;
/** Columns a cut procedure title needs to say anything. */
const PROCEDURE_AT_LEAST = 6;

/**
 * An "Article — Procedure" title cut in its article's part when it is too long for the row: the
 * procedures of one article differ only after the dash, and cut at the end they all read alike.
 * `siblings`: the titles of the article's other procedures. Where the procedure's part must be cut
 * too and what is left of it is words they share ("Mettre à jour vos informations de profil de
 * partenaire" and "… de facturation du partenaire" both "Mettre à jour vos info…" at 40
 * columns), those words give way to an ellipsis and the rest shows.
 */
export function shortTitle(title: string, width: number, siblings: readonly string[] = []): string {
  const at = title.indexOf(PROCEDURE);
  if (at === -1 || displayWidth(title) <= width) return title;
  const procedure = title.slice(at);
  const room = width - displayWidth(procedure);
  if (room >= ARTICLE_AT_LEAST) return cutEnd(title.slice(0, at), room) + procedure;
  // The procedure's title is long too (a narrow pane): the article keeps a little, the procedure
  // the rest, each cut at its end.
  const article = Math.min(ARTICLE_AT_LEAST, Math.floor(width / 3));
  if (width - article < displayWidth(PROCEDURE) + PROCEDURE_AT_LEAST) return title;
  const cut = cutEnd(procedure, width - article);
  const shared = sharedWords(procedure, siblings.flatMap((other) => (other.includes(PROCEDURE) ? [other.slice(other.indexOf(PROCEDURE))] : [])));
  const told = shared > PROCEDURE.length && cut.length - 1 <= shared ? cutEnd(`${PROCEDURE}…${procedure.slice(shared)}`, width - article) : cut;
  return cutEnd(title.slice(0, at), article) + told;
}

/** How many characters `text` starts with, in whole words, that one of `others` starts with too. */
function sharedWords(text: string, others: readonly string[]): number {
  let most = 0;
  for (const other of others) {
    let same = 0;
    while (same < text.length && text[same] === other[same]) same++;
    // Back to the start of the word the two part in (a whole word is shared when both go on with a space).
    if (same < text.length) same = text.lastIndexOf(' ', same) + 1;
    if (same < text.length) most = Math.max(most, same);
  }
  return most;
}

/** The text cut at its end to `width` columns, the ellipsis after a word, not a space. */
function cutEnd(text: string, width: number): string {
  return fitParts([text], width)[0]!.replace(/\s+…$/u, '…');
}

/** `make`, each value made once, when first asked for. */
function onDemand<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/** The folder of an article in a docs repository (`partner-center/`), shown beside its title. */
function folderOf(flow: FlowEntry): string | undefined {
  const slash = flow.slug.lastIndexOf('/');
  return slash === -1 ? undefined : flow.slug.slice(0, slash + 1);
}
