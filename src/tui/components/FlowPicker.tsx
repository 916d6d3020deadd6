import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { Workflow } from '../../model/workflow.js';
import { flowTitle } from '../../text/flow-text.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Inline } from './Inline.js';
import { KeyHints } from './KeyHints.js';

const WINDOW = 12;

/** The procedures to choose from, titled in the current locale. */
export function FlowPicker({
  flows,
  onPick,
  onSwitchLocale,
  onQuit,
}: {
  flows: Workflow[];
  onPick: (workflow: Workflow) => void;
  onSwitchLocale: () => void;
  onQuit: () => void;
}) {
  const tr = useTranslation();
  const { t, language } = tr;
  const theme = useTheme();
  const [cursor, setCursor] = useState(0);
  // Keys can arrive faster than renders: Enter must see the cursor that ↓ just moved.
  const latest = useRef(0);
  const move = (by: number) => {
    latest.current = (latest.current + by + flows.length) % flows.length;
    setCursor(latest.current);
  };
  useInput((input, key) => {
    if (input === 'q' || key.escape) return onQuit();
    if (input === 'l') return onSwitchLocale();
    if (key.upArrow || input === 'k') move(-1);
    if (key.downArrow || input === 'j') move(1);
    const picked = flows[latest.current];
    if (key.return && picked) onPick(picked);
  });
  const start = Math.min(Math.max(0, cursor - Math.floor(WINDOW / 2)), Math.max(0, flows.length - WINDOW));
  return (
    <Box flexDirection="column" gap={1}>
      <Box justifyContent="space-between">
        <Text bold color={theme.accent}>
          {t('picker.title', { count: flows.length })}
        </Text>
        <Text color={theme.muted}>{language}</Text>
      </Box>
      <Box flexDirection="column">
        {flows.slice(start, start + WINDOW).map((flow, i) => {
          const selected = start + i === cursor;
          return (
            <Text key={flow.id} inverse={selected}>
              {selected ? '› ' : '  '}
              <Inline markdown={flowTitle(flow, tr)} />
              <Text color={theme.muted}>{`  ${t('picker.steps', { count: flow.steps.length })}`}</Text>
            </Text>
          );
        })}
      </Box>
      <KeyHints hints={[t('keys.move'), t('keys.open.picker'), t('keys.locale'), t('keys.quit')]} />
    </Box>
  );
}
