import { Box, Text } from 'ink';
import type { Workflow } from '../../model/workflow.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Inline } from './Inline.js';

/** Article title, procedure title (when the article has several), "applies to", and the locale. */
export function Header({ workflow }: { workflow: Workflow }) {
  const { t, text, language } = useTranslation();
  const theme = useTheme();
  const say = (key?: string) => (key ? text(workflow.slug, key) : '');
  const [appliesLabel, ...appliesItems] = workflow.appliesToKeys.map(say);
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between">
        <Text bold color={theme.accent}>
          <Inline markdown={say(workflow.titleKey) || workflow.slug} />
        </Text>
        <Text color={theme.muted}>{language}</Text>
      </Box>
      {workflow.id !== workflow.slug && workflow.procedureTitleKey ? <Inline markdown={say(workflow.procedureTitleKey)} /> : null}
      {appliesLabel ? (
        <Text color={theme.muted}>
          <Inline markdown={t('label-value', { label: appliesLabel.replace(/\s*[:：]\s*(\**)\s*$/, '$1'), value: appliesItems.join(', ') })} />
        </Text>
      ) : null}
    </Box>
  );
}
