import { Text } from 'ink';
import type { KeyBlock, Workflow } from '../../model/workflow.js';
import { sentenceKeys } from '../../flow/sentence-keys.js';
import { untranslatedPartLine } from '../../text/flow-text.js';
import { useTheme } from '../theme.js';
import { useTranslation } from '../hooks/use-translation.js';

/**
 * "Not translated yet. Language of the text: …" over blocks shown in another language than the
 * reader's (a sentence their translation lacks), as run --plain says it. A component of its own so
 * that a step's damaged blocks fail inside the step's boundary (StepBoundary), as drawing them does.
 */
export function UntranslatedPart({ workflow, blocks }: { workflow: Workflow; blocks: readonly KeyBlock[] }) {
  const tr = useTranslation();
  const theme = useTheme();
  const line = untranslatedPartLine(workflow, sentenceKeys(blocks), tr);
  return line ? <Text color={theme.muted}>{line}</Text> : null;
}
