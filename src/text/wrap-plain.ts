/**
 * Plain text (the walkthrough `run` prints without the full-screen UI) wrapped to a terminal's
 * width as the screen wraps its text (wrap-lines.ts: between words, Chinese and Japanese between
 * characters, Thai between words), each line going on under its own text, after its indent and
 * its marker ("  • ", "  [3] ", "  → "), as the screen hangs a list item. A word or an address
 * wider than the room is never cut: it has a line of its own, at the line's start when it fits
 * there, else folded by the terminal (cut, an address could not be copied whole). A dumb
 * terminal folded every line at its last column, in the middle of words.
 */
import { displayWidth } from './display-width.js';
import wrapLines from './wrap-lines.js';

// The indent and the marker a line's text goes on under.
const HANGING = /^\s*(?:(?:[•◦→↗✎|]|\[(?:\d+|[a-z]{1,2})\]|[a-z]\.|\d{1,2})\s+)?/u;
// A run of text with no place to break it: no space, and none of the scripts that break between
// characters or words without one.
const UNBROKEN = /[^\s\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3000-\u303F\uFF00-\uFFEF]+/gu;
// Room a continuation needs beside its indent; in less, it goes on at the line's start.
const LEAST_ROOM = 20;

export function wrapPlain(text: string, width: number): string {
  if (width < 1) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  return wrapHanging(line, HANGING.exec(line)![0], width);
}

/**
 * A line that begins with `lead` (its indent and marker, or a table's first column: `list`'s
 * "  slug  "), wrapped to `width` with its text going on under the text, not under `lead`.
 */
export function wrapHanging(line: string, lead: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  // A marker that leaves too little room beside it is text: its line goes on at the start.
  const marker = displayWidth(lead) <= width - Math.min(LEAST_ROOM, Math.floor(width / 2)) ? lead : '';
  const hang = displayWidth(marker);
  const room = width - hang;
  // Each line, and whether it goes on under the marker (false: at the line's start).
  const lines: [text: string, under: boolean][] = [];
  const add = (texts: readonly string[]) => lines.push(...texts.map((text): [string, boolean] => [text, true]));
  // The text between the words too wide for the room is wrapped; each of those words is a line,
  // at the start when it fits there, so that the terminal does not fold it (an address a reader copies).
  let rest = line.slice(marker.length);
  for (const word of [...rest.matchAll(UNBROKEN)].filter(([found]) => displayWidth(found) > room)) {
    const at = rest.indexOf(word[0]);
    add(wrapped(rest.slice(0, at), room));
    const fits = displayWidth(word[0]) <= width;
    if (fits && lines.length === 0 && marker.trim() !== '') lines.push(['', true]);
    lines.push([word[0], !fits]);
    rest = rest.slice(at + word[0].length);
  }
  add(wrapped(rest, room));
  return lines
    .map(([text, under], i) => (i === 0 ? (text === '' ? marker.trimEnd() : marker + text) : under ? ' '.repeat(hang) + text : text))
    .join('\n');
}

/** A piece of a line wrapped to `room` columns, without the spaces its breaks fell on. */
function wrapped(text: string, room: number): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  return wrapLines(trimmed, room, { trim: false, hard: true })
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
