import { Text } from 'ink';
import type { FlowEntry } from '../../model/workflow.js';
import { flowTitle } from '../../text/flow-text.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Hanging } from './Hanging.js';
import { Inline } from './Inline.js';

/**
 * The procedures a step leads to, which `o` opens (the reader comes back here after); with their
 * `numbers` when the reader picks one of several by it.
 */
export function LinkedFlows({ flows, numbers }: { flows: readonly FlowEntry[]; numbers?: readonly number[] }) {
  const tr = useTranslation();
  const theme = useTheme();
  return (
    <>
      {flows.map((flow, i) =>
        // To pick from, each on one line, as many lines as procedures: the screen above keeps its height.
        numbers ? (
          <Text key={numbers[i]} wrap="truncate-end">
            <Text bold color={theme.accent}>{` ${numbers[i]} `}</Text>
            <Inline markdown={flowTitle(flow, tr)} />
          </Text>
        ) : (
          <Hanging key={flow.id} marker={<Text bold color={theme.accent}>{' o '}</Text>}>
            <Inline markdown={flowTitle(flow, tr)} />
          </Hanging>
        ),
      )}
    </>
  );
}
