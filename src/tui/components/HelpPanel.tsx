import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { Panel } from './Panel.js';
import { Scroll } from './Scroll.js';
import { displayWidth, padEnd } from '../../text/display-width.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/** Lines the panel takes besides its entries and footer: the title and the gaps around the list. */
const TITLE_AND_GAPS = 3;

/** Keys whose name the key hints translate ("Entrée/→ suivant", "Échap fermer"): the help says them alike. */
const NAMED: Readonly<Record<string, string>> = { Enter: 'keys.enter', Esc: 'keys.esc' };

/** A key and the help key (`help.*`) that says what it does here. */
export type HelpEntry = readonly [keys: string, what: string];

/**
 * `?`: every key of the current screen, in the reader's language. Taller than the pane (11 keys
 * in 12 rows), the list scrolls as a step does (↑/↓, PgUp/PgDn) under its title, and any other
 * key closes it; otherwise any key closes it.
 */
export function HelpPanel({ entries, onClose }: { entries: readonly HelpEntry[]; onClose: () => void }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const named = entries.map(([keys, what]) => [keys.replace(/\b(Enter|Esc)\b/g, (name) => t(NAMED[name]!)), what] as const);
  const [scrolls, setScrolls] = useState(false);
  useInput((_input, key) => {
    if (scrolls && (key.upArrow || key.downArrow || key.pageUp || key.pageDown)) return;
    onClose();
  });
  const { rows, columns } = useTerminalSize();
  const screen = readableWidth(columns);
  // Keys are aligned by display width: CJK words are two columns wide.
  const width = Math.max(...named.map(([keys]) => displayWidth(keys)));
  const footer = t(scrolls ? 'help.close-scroll' : 'help.close');
  // One row to spare, as the step screen: a frame as tall as the terminal scrolls its first line away.
  const height = Math.max(3, rows - 1 - TITLE_AND_GAPS - Math.max(1, Math.ceil(displayWidth(footer) / screen)));
  return (
    <Panel title={t('help.title')} footer={<Text color={theme.muted}>{footer}</Text>}>
      <Scroll height={height} active onOverflow={setScrolls}>
        {named.map(([keys, what]) => (
          // Two columns: a description that wraps stays under its own column, not under the keys.
          <Box key={keys}>
            <Box flexShrink={0}>
              <Text bold>{`  ${padEnd(keys, width)}  `}</Text>
            </Box>
            <Text>{t(what)}</Text>
          </Box>
        ))}
      </Scroll>
    </Panel>
  );
}
