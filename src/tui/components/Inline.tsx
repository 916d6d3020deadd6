/** One message's inline markdown, with UI labels (bold) highlighted. */
import { Text, Transform } from 'ink';
import { highlightRuns, inlineRuns } from '../../text/inline-runs.js';
import { useTheme } from '../theme.js';
import { useLinkNumbers } from '../link-numbers.js';
import { useTranslation } from '../hooks/use-translation.js';
import { joinSentences } from '../../text/join-sentences.js';
import { pictureWords } from '../../text/image-text.js';

/**
 * `color` and `bold` style the whole text. A caller styles it through them, not by a <Text> around
 * it: a Transform inside a Text is applied before Ink wraps the text, so a wrapped line's leading
 * space stayed (the English under a sentence, `s`, had lines one column out of line).
 */
export function Inline({ markdown, dim, highlight = [], color, bold }: { markdown: string; dim?: boolean; highlight?: string[]; color?: string; bold?: boolean }) {
  const theme = useTheme();
  const numbers = useLinkNumbers();
  const runs = highlightRuns(inlineRuns(markdown), highlight);
  return (
    <Transform transform={dropWrapSpace}>
      <Text dimColor={dim} color={color} bold={bold}>
        {runs.map((run, i) => (
          <Text key={i}>
            {run.image ? (
              <Picture words={run.text} />
            ) : (
              <Text bold={run.strong} italic={run.emphasis} underline={run.link !== undefined} color={run.strong ? theme.label : run.code || run.link ? theme.accent : undefined}>
                {run.text}
              </Text>
            )}
            {/* A link's number once, after its last run: the target is listed under the step. */}
            {run.link && numbers.has(run.link) && runs[i + 1]?.link !== run.link ? <Text color={theme.muted}>{`[${numbers.get(run.link)}]`}</Text> : null}
          </Text>
        ))}
      </Text>
    </Transform>
  );
}

/** A picture in the text as its words, marked as one (as a block image is). */
function Picture({ words }: { words: string }) {
  const { t } = useTranslation();
  const theme = useTheme();
  return <Text color={theme.muted}>{pictureWords(words, t)}</Text>;
}

/**
 * Ink wraps without trimming, so a line that filled the width exactly pushes the space between
 * two words to the start of the next line; drop it (after any style codes).
 */
export function dropWrapSpace(line: string, index: number): string {
  // eslint-disable-next-line no-control-regex
  return index === 0 ? line : line.replace(/^((?:\u001B\[[0-9;]*m)*) /, '$1');
}

/** Several messages (sentences of one paragraph) joined as their language joins them (joinSentences). */
export function Paragraph({ messages, dim, highlight, bold }: { messages: string[]; dim?: boolean; highlight?: string[]; bold?: boolean }) {
  return <Inline markdown={joinSentences(messages)} dim={dim} highlight={highlight} bold={bold} />;
}
