import { Box, Text } from 'ink';
import type { KeyBlock, Workflow } from '../../model/workflow.js';
import { imageText } from '../../text/image-text.js';
import { sanitize } from '../../text/sanitize.js';
import { cellMarkdown } from '../../text/table-cell.js';
import { cellLines } from '../../text/cell-lines.js';
import { useTranslation } from '../hooks/use-translation.js';
import { useTheme } from '../theme.js';
import { Inline, Paragraph } from './Inline.js';
import { englishSource, isEnglish } from '../../catalog/i18n.js';
import { useBilingual } from '../bilingual.js';
import { Note } from './Note.js';
import { noteName } from '../../text/note-name.js';
import { Table } from './Table.js';
import { linkedSentences } from '../../flow/linked-sentences.js';
import { joinSentences } from '../../text/join-sentences.js';
import { flowText } from '../../text/flow-markup.js';
import { includeLine } from '../../text/include-line.js';
import { useLinkedArticle } from '../linked-article.js';

export interface BlocksProps {
  namespace: string;
  blocks: readonly KeyBlock[];
  /** The article's markup its strings refer to: footnotes, link definitions (see flow-markup.ts). */
  markup?: Pick<Workflow, 'footnotes' | 'linkDefinitions'>;
  /** Keys of UI labels to highlight where a translation quotes them instead of bold. */
  labels?: readonly string[];
  dim?: boolean;
}

/** Blocks of a step (or of an intro): text, notes, substeps, tables, code, images, in document order. */
export function StepBody({ namespace, blocks, markup, labels = [], dim }: BlocksProps) {
  const tr = useTranslation();
  const theme = useTheme();
  const text = flowText({ ...markup, slug: namespace }, tr.text, useLinkedArticle(tr));
  const words = (keys: readonly string[]) => keys.map(text);
  const sentences = (block: Extract<KeyBlock, { type: 'text' }>) => linkedSentences(block, text);
  const highlight = labels.map((key) => tr.label(namespace, key)).filter(Boolean);
  // The bilingual view (`s`): the English under each sentence, where the screen is not English.
  const bilingual = useBilingual();
  const source = bilingual && !isEnglish(tr.language) ? englishSource(tr.i18n) : undefined;
  // Its links with no words say the English title of the article they lead to, as the line above says the locale's.
  const englishLinked = useLinkedArticle(source ?? tr);
  const nested = (inner: readonly KeyBlock[]) => <StepBody namespace={namespace} blocks={inner} markup={markup} labels={labels} dim={dim} />;
  return (
    <Box flexDirection="column" gap={1}>
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'text':
            return source ? (
              <Box key={i} flexDirection="column">
                {sentences(block).map((sentence, j) => (
                  <Box key={block.keys[j]} flexDirection="column">
                    <Paragraph messages={[sentence]} highlight={highlight} dim={dim} />
                    <Inline markdown={linkedSentences(block, flowText({ ...markup, slug: namespace }, source.text, englishLinked))[j]!} dim color={theme.muted} />
                  </Box>
                ))}
              </Box>
            ) : (
              <Paragraph key={i} messages={sentences(block)} highlight={highlight} dim={dim} />
            );
          case 'note':
            return (
              <Note key={i} kind={block.kind} name={noteName(block, namespace, tr)}>
                {nested(block.blocks)}
              </Note>
            );
          case 'list':
            return (
              <Box key={i} flexDirection="column" paddingLeft={2}>
                {block.items.map((item, j) => (
                  <Box key={j}>
                    <Text>{block.ordered ? `${String.fromCharCode(97 + (j % 26))}. ` : '• '}</Text>
                    {/* The room beside the marker, not the text's own width: a line one column
                        too long for it was laid out wrapped (a blank line under it) but drawn
                        whole, over the box's padding. */}
                    <Box flexGrow={1} flexBasis={0}>
                      {nested(item)}
                    </Box>
                  </Box>
                ))}
              </Box>
            );
          case 'code':
            return (
              <Box key={i} borderStyle="single" borderColor={theme.muted} paddingX={1}>
                <Text color={theme.accent}>{sanitize(tr.literal(namespace, block.key))}</Text>
              </Box>
            );
          case 'table':
            return (
              <Box key={i} paddingLeft={2}>
                <Table rows={block.rows.map((row, r) => row.map((_, c) => cellLines(block, r, c).map(({ keys, item }) => ({ markdown: cellMarkdown(joinSentences(words(keys))), item }))))} dim={dim} header={block.header !== false} />
              </Box>
            );
          case 'image':
            return (
              <Text key={i} color={theme.muted}>
                {sanitize(imageText(block, namespace, tr))}
              </Text>
            );
          case 'include':
            return (
              <Text key={i} color={theme.muted}>
                {sanitize(includeLine(block, tr))}
              </Text>
            );
        }
      })}
    </Box>
  );
}
