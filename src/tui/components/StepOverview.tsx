import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { Workflow } from '../../model/workflow.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Inline } from './Inline.js';
import { KeyHints } from './KeyHints.js';

/**
 * `g`: every step of the procedure by its first sentence, the done ones ticked; Enter goes back
 * to a done step (the inputs stay), Esc closes.
 */
export function StepOverview({ workflow, current, onGo, onClose }: { workflow: Workflow; current: number; onGo: (stepId: string) => void; onClose: () => void }) {
  const tr = useTranslation();
  const theme = useTheme();
  // Only the done steps and the current one can be chosen: later ones are reached by doing them.
  const reachable = workflow.steps.slice(0, current);
  const [cursor, setCursor] = useState(current - 1);
  const latest = useRef(cursor);
  const move = (by: number) => {
    latest.current = Math.min(Math.max(0, latest.current + by), reachable.length - 1);
    setCursor(latest.current);
  };
  useInput((input, key) => {
    if (key.escape || input === 'g' || input === 'q') return onClose();
    if (key.upArrow || input === 'k') return move(-1);
    if (key.downArrow || input === 'j') return move(1);
    if (key.home) return move(-reachable.length);
    if (key.return) {
      const step = reachable[latest.current]!;
      return step.number === current ? onClose() : onGo(step.id);
    }
  });
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold color={theme.accent}>
        {tr.t('overview.title', { current, total: workflow.steps.length })}
      </Text>
      <Box flexDirection="column">
        {workflow.steps.map((step, i) => {
          const first = step.blocks.find((block) => block.type === 'text');
          const sentence = first?.type === 'text' && first.keys[0] ? tr.text(workflow.slug, first.keys[0]) : '';
          const state = step.number < current ? '✔' : step.number === current ? '●' : ' ';
          return (
            <Text key={step.id} wrap="truncate-end" inverse={i === cursor} dimColor={step.number > current}>
              {`${i === cursor ? '›' : ' '} ${state} ${String(step.number).padStart(2)}. `}
              <Inline markdown={sentence} />
            </Text>
          );
        })}
      </Box>
      <KeyHints hints={[tr.t('keys.move'), tr.t('keys.go'), tr.t('keys.close')]} />
    </Box>
  );
}
