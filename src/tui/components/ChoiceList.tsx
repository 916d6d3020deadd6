import { Box, Text } from 'ink';
import type { Workflow, WorkflowStep } from '../../model/workflow.js';
import { nextTarget } from '../../flow/workflow.js';
import { destination } from '../../text/destination.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Hanging } from './Hanging.js';
import { Inline } from './Inline.js';

/** What the reader can select on this step: numbered branches, then the default way on. */
export function ChoiceList({ workflow, step }: { workflow: Workflow; step: WorkflowStep }) {
  const { t, label: own } = useTranslation();
  const theme = useTheme();
  const label = (key?: string) => (key ? own(workflow.slug, key) : '');
  const where = (target: string) => destination(workflow, step, target, t);
  return (
    <Box flexDirection="column">
      {step.choices.map((choice, i) => (
        <Hanging key={choice.labelKey} marker={<Text bold color={theme.accent}>{` ${i + 1} `}</Text>}>
          <Inline markdown={label(choice.labelKey) ? `**${label(choice.labelKey)}**` : t('choice.unnamed', { number: i + 1 })} />
          <Text color={theme.muted}>{`  ${where(choice.target)}`}</Text>
        </Hanging>
      ))}
      <Hanging marker={<Text bold color={theme.accent}>{` ${t('keys.enter')} `}</Text>}>
        <Inline markdown={label(step.nextLabelKey) ? `**${label(step.nextLabelKey)}**` : t('next')} />
        <Text color={theme.muted}>{`  ${where(nextTarget(workflow, step))}`}</Text>
      </Hanging>
    </Box>
  );
}
