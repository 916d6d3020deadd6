import { Box, Text } from 'ink';
import type { KeyBlock } from '../../model/workflow.js';
import { sanitize } from '../../text/sanitize.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Paragraph } from './Inline.js';
import { Note } from './Note.js';

/** The blocks of one step: text, notes, substeps, tables, in document order. */
export function StepBody({ namespace, blocks, labels }: { namespace: string; blocks: KeyBlock[]; labels: string[] }) {
  const { text } = useTranslation();
  const theme = useTheme();
  const words = (keys: string[]) => keys.map((key) => text(namespace, key));
  const highlight = words(labels);
  return (
    <Box flexDirection="column" gap={1}>
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'text':
            return <Paragraph key={i} messages={words(block.keys)} highlight={highlight} />;
          case 'note':
            return <Note key={i} kind={block.kind} messages={words(block.keys)} />;
          case 'list':
            return (
              <Box key={i} flexDirection="column" paddingLeft={2}>
                {block.items.map((item, j) => (
                  <Box key={j}>
                    <Text>{block.ordered ? `${String.fromCharCode(97 + (j % 26))}. ` : '• '}</Text>
                    <Paragraph messages={words(item)} highlight={highlight} />
                  </Box>
                ))}
              </Box>
            );
          case 'code':
            return (
              <Box key={i} borderStyle="single" borderColor={theme.muted} paddingX={1}>
                <Text color={theme.accent}>{sanitize(text(namespace, block.key))}</Text>
              </Box>
            );
          case 'table':
            return (
              <Box key={i} flexDirection="column" paddingLeft={2}>
                {block.rows.map((row, j) => (
                  <Text key={j}>
                    {'│ '}
                    <Paragraph messages={words(row).map((cell) => `${cell} │`)} />
                  </Text>
                ))}
              </Box>
            );
        }
      })}
    </Box>
  );
}
