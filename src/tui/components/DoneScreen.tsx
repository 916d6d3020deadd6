import { Box, Text } from 'ink';
import type { FlowEntry, Workflow } from '../../model/workflow.js';
import { doneLine, flowTitle } from '../../text/flow-text.js';
import { useTranslation } from '../hooks/use-translation.js';
import { keyRange } from '../../text/key-range.js';
import { useTheme } from '../theme.js';
import { Hanging } from './Hanging.js';
import { Header } from './Header.js';
import { Inline } from './Inline.js';
import { hintLines, KeyHints } from './KeyHints.js';
import { Scroll } from './Scroll.js';
import { LinkedBody } from './LinkedBody.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';

/**
 * The end of a procedure, and the procedures it links to. `notDone`: the steps the run's record
 * has not done (a run that is recorded), said rather than "all steps completed".
 */
/** `linked`: the procedure a link of the epilogue names (listed under it with its address). */
export function DoneScreen({ workflow, related, linked, returns, notDone = [], active = true }: { workflow: Workflow; related: FlowEntry[]; linked?: (target: string) => FlowEntry | undefined; returns?: boolean; notDone?: readonly number[]; active?: boolean }) {
  const tr = useTranslation();
  const { t } = tr;
  const theme = useTheme();
  const { rows, columns } = useTerminalSize();
  const hints = [
    ...(returns ? [t('keys.back')] : []),
    t('keys.restart'),
    ...(related.length > 0 ? [t('keys.open', { keys: keyRange(related.length) })] : []),
    t('keys.locale'),
    t('keys.quit'),
  ];
  // Taller than the screen (an article linking to nine procedures, a small pane), it scrolls as a
  // step does, the key hints in view: drawn whole, its title went off the top of the terminal.
  const height = Math.max(4, rows - 1 - hintLines(hints, readableWidth(columns)));
  return (
    <Box flexDirection="column">
      <Scroll height={height} active={active}>
        <Box flexDirection="column" gap={1}>
          <Header workflow={workflow} />
          <Text bold color={theme.success}>
            {`✔ ${doneLine(workflow.steps.length, tr, notDone)}`}
          </Text>
          {workflow.epilogue.length > 0 ? <LinkedBody workflow={workflow} blocks={workflow.epilogue} {...(linked ? { linked } : {})} /> : null}
          {related.length > 0 ? (
            <Box flexDirection="column">
              <Text bold>{t('done.related')}</Text>
              {related.map((flow, i) => (
                <Hanging key={flow.id} marker={<Text bold color={theme.accent}>{` ${i + 1} `}</Text>}>
                  <Inline markdown={flowTitle(flow, tr)} />
                </Hanging>
              ))}
            </Box>
          ) : null}
        </Box>
      </Scroll>
      <Box marginTop={1}>
        <KeyHints hints={hints} />
      </Box>
    </Box>
  );
}
