import { Text, useInput } from 'ink';
import { useCursor, windowStart } from '../hooks/use-cursor.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';
import { Panel } from './Panel.js';
import { nativeName } from '../../text/locale-names.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { hintLines, KeyHints } from './KeyHints.js';
import { entriesIn, ListPosition } from './ListPosition.js';

/** The languages this screen has, each in its own language; the step and the inputs stay. */
export function LocaleMenu({ locales, onChoose, onClose }: { locales: readonly string[]; onChoose: (locale: string) => void; onClose: () => void }) {
  const { t, language } = useTranslation();
  const theme = useTheme();
  const { cursor, latest, move } = useCursor(locales.length, Math.max(0, locales.indexOf(language)), true);
  useInput((input, key) => {
    if (key.escape || input === 'q' || input === 'l') return onClose();
    if (key.upArrow || input === 'k') return move(-1);
    if (key.downArrow || input === 'j' || key.tab) return move(1);
    if (key.return) return onChoose(locales[latest()]!);
  });
  const hints = [t('keys.move'), t('keys.choose.enter'), t('keys.close')];
  // The languages around the cursor that the pane holds under the title and over the keys: the
  // picker's menu has every language of the UI (21), 25 lines, and at 80×24 the cursor on
  // Français was off the top of the screen, with the title. Cut, a line under them says so.
  const { rows, columns } = useTerminalSize();
  const window = entriesIn(rows - 3 - hintLines(hints, readableWidth(columns)), locales.length);
  const from = windowStart(cursor, window, locales.length);
  const shown = locales.slice(from, from + window);
  return (
    <Panel title={t('locale-menu.title')} footer={<KeyHints hints={hints} />}>
      {shown.map((locale, n) => ({ locale, i: from + n })).map(({ locale, i }) => (
        <Text key={locale} inverse={i === cursor}>
          {i === cursor ? '› ' : '  '}
          {nativeName(locale, locales)}
          <Text color={theme.muted}>{`  ${locale}${locale === language ? '  ✔' : ''}`}</Text>
        </Text>
      ))}
      {shown.length < locales.length ? <ListPosition start={from} shown={shown.length} count={locales.length} /> : null}
    </Panel>
  );
}
