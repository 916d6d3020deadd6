import { Text, Transform, useInput } from 'ink';
import { useRef, useState } from 'react';
import { graphemes } from '../../text/graphemes.js';
import { sanitize } from '../../text/sanitize.js';

export interface TextFieldProps {
  defaultValue?: string;
  /** Shown in place of each character typed (a secret). */
  mask?: string;
  onChange?: (value: string) => void;
  onSubmit: (value: string) => void;
}

/**
 * A line of text to type, edited by characters as a reader sees them. @inkjs/ui's TextInput and
 * PasswordInput edit UTF-16 code units: Backspace after an emoji (or a CJK character outside the
 * Basic Multilingual Plane, 𠮷) left half of it, saved as "A\ud83d", and ← stopped inside one.
 */
export function TextField({ defaultValue = '', mask, onChange, onSubmit }: TextFieldProps) {
  // Keys can come faster than renders: each edits what the one before left.
  const latest = useRef({ text: graphemes(defaultValue), cursor: graphemes(defaultValue).length });
  const [, redraw] = useState(0);
  const edit = (text: string[], cursor: number) => {
    const changed = text.join('') !== latest.current.text.join('');
    latest.current = { text, cursor: Math.max(0, Math.min(cursor, text.length)) };
    redraw((n) => n + 1);
    if (changed) onChange?.(text.join(''));
  };
  useInput((input, key) => {
    const { text, cursor } = latest.current;
    if (key.return) return onSubmit(text.join(''));
    if (key.leftArrow) return edit(text, cursor - 1);
    if (key.rightArrow) return edit(text, cursor + 1);
    if (key.home) return edit(text, 0);
    if (key.end) return edit(text, text.length);
    if (key.backspace || key.delete) return cursor > 0 ? edit([...text.slice(0, cursor - 1), ...text.slice(cursor)], cursor - 1) : undefined;
    if (!input || key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow) return;
    const typed = graphemes(input);
    edit([...text.slice(0, cursor), ...typed, ...text.slice(cursor)], cursor + typed.length);
  });
  const { text, cursor } = latest.current;
  const shown = mask === undefined ? text : text.map(() => mask);
  return (
    <Transform transform={dropBreakSpace}>
      <Text>
        {sanitize(shown.slice(0, cursor).join(''))}
        <Text inverse>{sanitize(shown[cursor] ?? ' ')}</Text>
        {sanitize(shown.slice(cursor + 1).join(''))}
      </Text>
    </Transform>
  );
}

/**
 * A wrapped line of the value without the space its break fell on: where a word filled the
 * line, the space after it began the next one ("   Worldwide Group" under "  Contoso"). A space
 * drawn in reverse is the cursor on it, and stays.
 */
function dropBreakSpace(line: string, index: number): string {
  return index > 0 && line.startsWith(' ') ? line.slice(1) : line;
}
