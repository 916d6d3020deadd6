import { Text } from 'ink';
import type { FlowEntry } from '../../model/workflow.js';
import { flowTitle } from '../../text/flow-text.js';
import { sanitize } from '../../text/sanitize.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Inline } from './Inline.js';

export interface NumberedLink {
  url: string;
  /** The procedure of the content the link names, when it names one. */
  flow?: FlowEntry;
}

/** The step's links by number: the procedure a link opens (with `o`), else its address. */
export function StepLinks({ links, opens }: { links: readonly NumberedLink[]; opens?: string }) {
  const tr = useTranslation();
  const theme = useTheme();
  return (
    <>
      {links.map((link, i) => (
        <Text key={link.url} wrap="truncate-end">
          <Text color={theme.muted}>{`[${i + 1}] `}</Text>
          {link.flow ? <Inline markdown={flowTitle(link.flow, tr)} /> : <Text color={theme.accent}>{sanitize(link.url)}</Text>}
          {link.flow && link.flow.id === opens ? <Text bold color={theme.accent}>{`  ${tr.t('keys.open', { keys: 'o' })}`}</Text> : null}
        </Text>
      ))}
    </>
  );
}
