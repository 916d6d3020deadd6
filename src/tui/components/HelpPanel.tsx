import { Text, useInput } from 'ink';
import { Panel } from './Panel.js';
import { displayWidth, padEnd } from '../../text/display-width.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';

/** A key and the help key (`help.*`) that says what it does here. */
export type HelpEntry = readonly [keys: string, what: string];

/** `?`: every key of the current screen, in the reader's language; any key closes it. */
export function HelpPanel({ entries, onClose }: { entries: readonly HelpEntry[]; onClose: () => void }) {
  const { t } = useTranslation();
  const theme = useTheme();
  useInput(() => onClose());
  // Keys are aligned by display width: CJK words are two columns wide.
  const width = Math.max(...entries.map(([keys]) => displayWidth(keys)));
  return (
    <Panel title={t('help.title')} footer={<Text color={theme.muted}>{t('help.close')}</Text>}>
      {entries.map(([keys, what]) => (
        <Text key={keys}>
          <Text bold>{`  ${padEnd(keys, width)}  `}</Text>
          {t(what)}
        </Text>
      ))}
    </Panel>
  );
}
