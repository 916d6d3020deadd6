import { Box, Text, Transform, useInput } from 'ink';
import type { ResumePlan } from '../../flow/resume.js';
import type { Workflow } from '../../model/workflow.js';
import { sanitize } from '../../text/sanitize.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';
import { Header } from './Header.js';
import { dropWrapSpace } from './Inline.js';
import { hintLines, KeyHints } from './KeyHints.js';
import { Scroll } from './Scroll.js';

/** A saved run of this flow: continue where the reader left off, or start over. */
export function ResumePrompt({ workflow, plan, onResume, onRestart, onQuit }: { workflow: Workflow; plan: ResumePlan; onResume: () => void; onRestart: () => void; onQuit: () => void }) {
  const { t } = useTranslation();
  const theme = useTheme();
  useInput((input, key) => {
    if (input === 'q' || key.escape) return onQuit();
    if (plan.from && (key.return || input === 'y')) return onResume();
    if (input === 'n' || (!plan.from && key.return)) return onRestart();
  });
  const { rows, columns } = useTerminalSize();
  const hints = plan.from ? [t('resume.keys.resume'), t('resume.keys.restart'), t('keys.quit')] : [t('resume.keys.start'), t('keys.quit')];
  // The question scrolls above its keys: a long title and the notice that the flow is open in
  // another docflow took 13 lines of a 40×12 pane, and the title went off its top.
  const height = Math.max(1, rows - 1 - hintLines(hints, readableWidth(columns)));
  return (
    <Box flexDirection="column" gap={1}>
      <Scroll height={height} active>
        <Box flexDirection="column" gap={1}>
          <Header workflow={workflow} />
          {plan.notice ? <Text color={theme.warning}>{sanitize(t(plan.notice.key, plan.notice.values))}</Text> : null}
          {/* Its line filled exactly ("…arrêté :" at 40 columns) pushed a space to the next line's start. */}
          {plan.from ? (
            <Transform transform={dropWrapSpace}>
              <Text bold>{t('resume.prompt', { step: plan.step, total: workflow.steps.length })}</Text>
            </Transform>
          ) : null}
        </Box>
      </Scroll>
      <KeyHints hints={hints} />
    </Box>
  );
}
