import { Text, useInput } from 'ink';
import { useCursor, windowStart } from '../hooks/use-cursor.js';
import { Panel } from './Panel.js';
import type { Workflow } from '../../model/workflow.js';
import { useTranslation } from '../hooks/use-translation.js';
import { hintLines, KeyHints } from './KeyHints.js';
import { entriesIn, ListPosition } from './ListPosition.js';
import { readableWidth, useTerminalSize } from '../hooks/use-terminal-size.js';
import { fitParts } from '../../text/display-width.js';
import { plainMessage } from '../../text/inline-runs.js';
import { sanitize } from '../../text/sanitize.js';

/** The overview's lines besides its steps and key hints: its title and the gaps around the steps. */
const CHROME = 3;

/**
 * `g`: every step of the procedure by its first sentence, the done ones ticked (not those a branch went past); Enter goes back
 * to a done step (the inputs stay), Esc closes. The steps around the cursor that the pane holds
 * (a procedure of 40,000 steps is not drawn whole).
 */
export function StepOverview({ workflow, current, passedOver, onGo, onClose }: { workflow: Workflow; current: number; passedOver?: ReadonlySet<number>; onGo: (stepId: string) => void; onClose: () => void }) {
  const tr = useTranslation();
  const { rows, columns } = useTerminalSize();
  const hints = [tr.t('keys.move'), tr.t('keys.go'), tr.t('keys.close')];
  // Hints that wrap take rows from the steps, not the title; cut, a line under them says so.
  const window = entriesIn(rows - CHROME - hintLines(hints, readableWidth(columns)), workflow.steps.length);
  // Only the done steps and the current one can be chosen: later ones are reached by doing them.
  const reachable = workflow.steps.slice(0, current);
  const { cursor, latest, move } = useCursor(reachable.length, current - 1, false);
  useInput((input, key) => {
    if (key.escape || input === 'g' || input === 'q') return onClose();
    if (key.upArrow || input === 'k') return move(-1);
    if (key.downArrow || input === 'j') return move(1);
    if (key.pageUp) return move(-window);
    if (key.pageDown) return move(window);
    if (key.home) return move(-reachable.length);
    if (key.end) return move(reachable.length);
    if (key.return) {
      const step = reachable[latest()]!;
      return step.number === current ? onClose() : onGo(step.id);
    }
  });
  const from = windowStart(cursor, window, workflow.steps.length);
  const shown = workflow.steps.slice(from, from + window);
  return (
    <Panel title={tr.t('overview.title', { current, total: workflow.steps.length })} footer={<KeyHints hints={hints} />}>
      {shown.map((step, n) => {
        const i = from + n;
        const first = step.blocks.find((block) => block.type === 'text');
        const sentence = first?.type === 'text' && first.keys[0] ? tr.text(workflow.slug, first.keys[0]) : '';
        // A step a branch went past is not ticked: it was not done (the done screen says so too).
        const state = step.number === current ? '●' : step.number < current && !passedOver?.has(i) ? '✔' : ' ';
        // Cut here, not by Ink: its cut let a Chinese sentence's last character cross the edge,
        // and the ellipsis took a line of its own.
        const [mark, text] = fitParts([`${i === cursor ? '›' : ' '} ${state} ${String(step.number).padStart(2)}. `, sanitize(plainMessage(sentence))], readableWidth(columns));
        return (
          <Text key={step.id} wrap="truncate-end" inverse={i === cursor} dimColor={step.number > current}>
            {mark}
            {text}
          </Text>
        );
      })}
      {shown.length < workflow.steps.length ? <ListPosition start={from} shown={shown.length} count={workflow.steps.length} /> : null}
    </Panel>
  );
}
