import { Text } from 'ink';
import type { FlowEntry } from '../../model/workflow.js';
import { flowTitle } from '../../text/flow-text.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Inline } from './Inline.js';

/** The procedures a step leads to: `o` opens the one marked, and the reader comes back here after. */
export function LinkedFlows({ flows, opens }: { flows: readonly FlowEntry[]; opens?: string }) {
  const tr = useTranslation();
  const theme = useTheme();
  return (
    <>
      {flows.map((flow) => (
        <Text key={flow.id}>
          <Text bold color={theme.accent}>{flow.id === opens ? ' o ' : '   '}</Text>
          <Inline markdown={flowTitle(flow, tr)} />
        </Text>
      ))}
    </>
  );
}
