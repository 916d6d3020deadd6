import { Box, Text, Transform, useInput } from 'ink';
import type { ResumePlan } from '../../flow/resume.js';
import type { Workflow } from '../../model/workflow.js';
import { sanitize } from '../../text/sanitize.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Header } from './Header.js';
import { dropWrapSpace } from './Inline.js';
import { KeyHints } from './KeyHints.js';

/** A saved run of this flow: continue where the reader left off, or start over. */
export function ResumePrompt({ workflow, plan, onResume, onRestart, onQuit }: { workflow: Workflow; plan: ResumePlan; onResume: () => void; onRestart: () => void; onQuit: () => void }) {
  const { t } = useTranslation();
  const theme = useTheme();
  useInput((input, key) => {
    if (input === 'q' || key.escape) return onQuit();
    if (plan.from && (key.return || input === 'y')) return onResume();
    if (input === 'n' || (!plan.from && key.return)) return onRestart();
  });
  return (
    <Box flexDirection="column" gap={1}>
      <Header workflow={workflow} />
      {plan.notice ? <Text color={theme.warning}>{sanitize(t(plan.notice.key, plan.notice.values))}</Text> : null}
      {/* Its line filled exactly ("…arrêté :" at 40 columns) pushed a space to the next line's start. */}
      {plan.from ? (
        <Transform transform={dropWrapSpace}>
          <Text bold>{t('resume.prompt', { step: plan.step, total: workflow.steps.length })}</Text>
        </Transform>
      ) : null}
      <KeyHints hints={plan.from ? [t('resume.keys.resume'), t('resume.keys.restart'), t('keys.quit')] : [t('resume.keys.start'), t('keys.quit')]} />
    </Box>
  );
}
