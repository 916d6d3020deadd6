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
  const untranslated = untranslatedLine(workflow, tr);
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between">
        <Text bold color={theme.accent}>
          <Inline markdown={say(workflow.titleKey) || workflow.slug} />
        </Text>
        <Text color={theme.muted}>{tr.language}</Text>
      </Box>
      {workflow.id !== workflow.slug && workflow.procedureTitleKeys.length > 0 ? <Inline markdown={procedureTitle(workflow, tr)} /> : null}
      {applies ? (
        <Text color={theme.muted}>
          <Inline markdown={applies} />
        </Text>
      ) : null}
      {untranslated ? <Text color={theme.muted}>{untranslated}</Text> : null}
    </Box>
  );
}
