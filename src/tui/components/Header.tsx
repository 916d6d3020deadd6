import { Box, Text } from 'ink';
import type { Workflow } from '../../model/workflow.js';
import { appliesToLine, procedureTitle, untranslatedLine } from '../../text/flow-text.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Inline } from './Inline.js';

/** Article title, procedure title (when the article has several), "applies to", the locale, and a word when the article is not in it. */
export function Header({ workflow }: { workflow: Workflow }) {
  const tr = useTranslation();
  const theme = useTheme();
  const say = (key?: string) => (key ? tr.text(workflow.slug, key) : '');
  const applies = appliesToLine(workflow, tr);
  // The procedure's heading, or its zone pivot alone; none for an article's one procedure.
  const procedure = workflow.id === workflow.slug ? '' : procedureTitle(workflow, tr);
  const untranslated = untranslatedLine(workflow, tr);
  return (
    <Box flexDirection="column">
      {/* The title wraps in the room the locale leaves, not at its own width: a Chinese title
          shrunk to an odd width was drawn a column wider than the pane, which then wrapped the
          locale onto a line of its own and scrolled the first line off the screen. */}
      <Box>
        <Box flexGrow={1} flexBasis={0}>
          <Inline markdown={say(workflow.titleKey) || workflow.slug} bold color={theme.accent} />
        </Box>
        <Box flexShrink={0} marginLeft={1}>
          <Text color={theme.muted}>{tr.language}</Text>
        </Box>
      </Box>
      {procedure ? <Inline markdown={procedure} /> : null}
      {applies ? <Inline markdown={applies} color={theme.muted} /> : null}
      {untranslated ? <Text color={theme.muted}>{untranslated}</Text> : null}
    </Box>
  );
}
