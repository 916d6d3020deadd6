import { Box } from 'ink';
import type { FlowEntry, KeyBlock, Workflow } from '../../model/workflow.js';
import { flowOfLink } from '../../flow/related-flows.js';
import { flowText } from '../../text/flow-markup.js';
import { stepLinks } from '../../text/step-links.js';
import { useTranslation } from '../hooks/use-translation.js';
import { LinkNumbersContext } from '../link-numbers.js';
import { StepBody } from './StepBody.js';
import { StepLinks } from './StepLinks.js';
import { linkMarks } from '../../text/link-marks.js';

/**
 * Text no key opens a link of (the article's intro with the procedure's preamble, the epilogue):
 * its links lettered after their words ([a], apart from the step's and the done screen's numbers)
 * and listed under it by address, as a step's are, for without them a reader had no way to where
 * they lead. `linked`: the procedure a link names.
 */
export function LinkedBody({ workflow, blocks, linked, dim }: { workflow: Workflow; blocks: readonly KeyBlock[]; linked?: (target: string) => FlowEntry | undefined; dim?: boolean }) {
  const tr = useTranslation();
  const links = stepLinks(blocks, flowText(workflow, tr.text)).map((url) => {
    const flow = flowOfLink(workflow, url, (target) => linked?.(target));
    return flow ? { url, flow } : { url };
  });
  return (
    <Box flexDirection="column">
      <LinkNumbersContext.Provider value={linkMarks(links.map((link) => link.url), 'letters')}>
        <StepBody namespace={workflow.slug} markup={workflow} blocks={blocks} {...(dim ? { dim } : {})} />
      </LinkNumbersContext.Provider>
      {links.length > 0 ? <StepLinks links={links} opens={false} /> : null}
    </Box>
  );
}
