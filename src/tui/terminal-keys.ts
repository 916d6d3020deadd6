/**
 * Which of what a terminal sends reaches the screens. A terminal sends more escape sequences than
 * keys docflow has a use for, and Ink's key parser reads some of those as Ctrl with no key name
 * and throws (Ctrl+F1 `ESC [1;5P`, Ctrl+Menu `ESC [29;5~`, a colour inside a paste `ESC [31m`:
 * a stack trace, the shell left on the alternate screen), and types the rest as text (a focus
 * report `ESC [I` became "[I" in a field).
 */

const ESC = '\u001b';

/**
 * The cursor keys (arrows, Home, End, with any modifier; rxvt's lower-case shifted arrows),
 * Shift+Tab, Insert, Delete, PgUp and PgDn, and keys of the kitty keyboard protocol (`CSI … u`,
 * which Ink reads safely); as CSI (`ESC [`, Alt+ as `ESC ESC [`) or SS3 (`ESC O`, application
 * cursor mode).
 */
const SCREEN_KEY = /^\u001b\u001b?(?:\[\[?(?:[\d;]*[A-DFHZa-d]|[1-8](?:;\d+)?[~^$]|[\d;:]*u)|O\d*[A-DFH])$/;

/** The control characters the screens act on: Enter, Tab, Backspace as Ctrl+H, and Ctrl+C. */
const SCREEN_CONTROLS = new Set(['\r', '\t', '\b', '\u0003']);

/**
 * A key the screens act on: text, Esc, one of SCREEN_KEY or SCREEN_CONTROLS. Ink reads
 * any other Ctrl+letter as its letter: Ctrl+U (a shell's "erase the line") typed a u into a
 * field, Ctrl+L ("redraw") opened the language menu, Ctrl+Q quit.
 */
export function isScreenKey(sequence: string): boolean {
  if (/^[\u0000-\u001a\u001c-\u001f]$/.test(sequence)) return SCREEN_CONTROLS.has(sequence);
  if (!sequence.startsWith(ESC)) return true;
  const introducer = sequence.startsWith(`${ESC}${ESC}`) ? sequence[2] : sequence[1];
  // Esc alone is a key as it is (splitKeys gives a key after it as a key of its own).
  if (introducer !== '[' && introducer !== 'O') return true;
  return SCREEN_KEY.test(sequence);
}

/**
 * A key inside a paste (bracketed paste mode) as the text it stands for: line breaks and tabs are
 * spaces (a pasted tab opened the picker's language menu), other control characters and escape
 * sequences nothing (a pasted Backspace erased, a pasted colour crashed).
 */
export function pastedText(key: string): string {
  if (key === '\r' || key === '\t') return ' ';
  return /[\u0000-\u001f\u007f-\u009f]/.test(key) ? '' : key;
}
