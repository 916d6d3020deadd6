import { Box, Text, useInput } from 'ink';
import { Panel } from './Panel.js';
import { displayWidth, fitParts, padEnd } from '../../text/display-width.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/** Lines the panel takes besides its entries: title, footer and the gaps between. */
const PANEL_CHROME = 4;

/** A key and the help key (`help.*`) that says what it does here. */
export type HelpEntry = readonly [keys: string, what: string];

/** `?`: every key of the current screen, in the reader's language; any key closes it. */
export function HelpPanel({ entries, onClose }: { entries: readonly HelpEntry[]; onClose: () => void }) {
  const { t } = useTranslation();
  const theme = useTheme();
  useInput(() => onClose());
  const { rows, columns } = useTerminalSize();
  // Keys are aligned by display width: CJK words are two columns wide.
  const width = Math.max(...entries.map(([keys]) => displayWidth(keys)));
  const room = Math.max(1, readableWidth(columns) - width - 4);
  const descriptions = entries.map(([, what]) => t(what));
  // Wrapped taller than the screen, its first lines would scroll away: then each is one line,
  // cut at the edge, and every key is still there.
  const wrapped = descriptions.reduce((lines, text) => lines + Math.max(1, Math.ceil(displayWidth(text) / room)), 0);
  const cut = wrapped + PANEL_CHROME > rows;
  return (
    <Panel title={t('help.title')} footer={<Text color={theme.muted}>{t('help.close')}</Text>}>
      {entries.map(([keys], i) => (
        // Two columns: a description that wraps stays under its own column, not under the keys.
        <Box key={keys}>
          <Box flexShrink={0}>
            <Text bold>{`  ${padEnd(keys, width)}  `}</Text>
          </Box>
          <Text>{cut ? fitParts([descriptions[i]!], room)[0] : descriptions[i]}</Text>
        </Box>
      ))}
    </Panel>
  );
}
