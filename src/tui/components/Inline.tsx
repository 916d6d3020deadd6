/** One message's inline markdown, with UI labels (bold) highlighted. */
import { Text } from 'ink';
import { highlightRuns, inlineRuns } from '../../text/inline-runs.js';
import { useTheme } from '../theme.js';

export function Inline({ markdown, dim, highlight = [] }: { markdown: string; dim?: boolean; highlight?: string[] }) {
  const theme = useTheme();
  return (
    <Text dimColor={dim}>
      {highlightRuns(inlineRuns(markdown), highlight).map((run, i) => (
        <Text
          key={i}
          bold={run.strong}
          italic={run.emphasis}
          underline={run.link !== undefined}
          color={run.strong ? theme.label : run.code || run.link ? theme.accent : undefined}
        >
          {run.text}
        </Text>
      ))}
    </Text>
  );
}

/** Several messages (sentences of one paragraph) joined by spaces. */
export function Paragraph({ messages, dim, highlight }: { messages: string[]; dim?: boolean; highlight?: string[] }) {
  return <Inline markdown={messages.filter(Boolean).join(' ')} dim={dim} highlight={highlight} />;
}
