import { Box, Text } from 'ink';
import type { FlowEntry } from '../../model/workflow.js';
import { flowTitle } from '../../text/flow-text.js';
import { plainMessage } from '../../text/inline-runs.js';
import { sanitize } from '../../text/sanitize.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Inline } from './Inline.js';
import { linkMark } from '../../text/link-marks.js';

export interface NumberedLink {
  url: string;
  /** The procedure of the content the link names, when it names one. */
  flow?: FlowEntry;
}

/**
 * The step's links by number: the procedure a link opens (with `o`), else its address, whole:
 * cut short, an address could not be typed or copied; a long one goes on under itself.
 * `opens: false` (text no key opens a link of: the intro, the epilogue): every link by letter and
 * address, one to a procedure followed by its title, as the plain walkthrough lists them.
 */
export function StepLinks({ links, opens = true }: { links: readonly NumberedLink[]; opens?: boolean }) {
  const tr = useTranslation();
  const theme = useTheme();
  return (
    <>
      {links.map((link, i) => {
        const number = <Text color={theme.muted}>{`[${linkMark(i, opens ? 'numbers' : 'letters')}] `}</Text>;
        return link.flow && opens ? (
          <Text key={link.url} wrap="truncate-end">
            {number}
            <Inline markdown={flowTitle(link.flow, tr)} />
            <Text bold color={theme.accent}>{`  ${tr.t('keys.open', { keys: 'o' })}`}</Text>
          </Text>
        ) : (
          <Box key={link.url}>
            {number}
            <Box flexShrink={1} flexBasis={0} flexGrow={1}>
              <Text wrap="wrap">
                <Text color={theme.accent}>{sanitize(link.url)}</Text>
                {link.flow ? sanitize(tr.t('link.see-article', { title: plainMessage(flowTitle(link.flow, tr)) })) : null}
              </Text>
            </Box>
          </Box>
        );
      })}
    </>
  );
}
