import { Box, Text } from 'ink';
import type { FlowValues } from '../../flow/machine.js';
import type { StepInput } from '../../model/workflow.js';
import { inputLabel } from '../../text/input-label.js';
import { sanitize } from '../../text/sanitize.js';
import { useTranslation } from '../hooks/use-translation.js';
import { Hanging } from './Hanging.js';

/** What the reader entered, in their language's labels; secrets are never shown (nor kept). */
export function Entered({ namespace, inputs, values, title }: { namespace: string; inputs: readonly StepInput[]; values: FlowValues; title?: boolean }) {
  const tr = useTranslation();
  const shown = inputs.filter((input) => input.type !== 'secret' && values[input.name] !== undefined);
  if (shown.length === 0) return null;
  return (
    <Box flexDirection="column">
      {title ? <Text bold>{tr.t('inputs.entered')}</Text> : null}
      {shown.map((input) => {
        const value = values[input.name]!;
        // A long value (an address, at 40 columns) goes on under its label, not at the left edge.
        return (
          <Hanging key={input.name} marker="  ">
            {sanitize(tr.t('label-value', { label: inputLabel(input, namespace, tr), value: Array.isArray(value) ? value.join(', ') : value }))}
          </Hanging>
        );
      })}
    </Box>
  );
}
