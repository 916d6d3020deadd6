/** One message's inline markdown, with UI labels (bold) highlighted. */
import { Text } from 'ink';
import { inlineRuns } from '../../text/inline-runs.js';
import { useTheme } from '../theme.js';

export function Inline({ markdown, dim }: { markdown: string; dim?: boolean }) {
  const theme = useTheme();
  return (
    <Text dimColor={dim}>
      {inlineRuns(markdown).map((run, i) => (
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
export function Paragraph({ messages, dim }: { messages: string[]; dim?: boolean }) {
  return <Inline markdown={messages.filter(Boolean).join(' ')} dim={dim} />;
}
