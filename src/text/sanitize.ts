/**
 * Text from documents reaches terminals: drop C0/C1 control characters (ESC sequences could move
 * the cursor or recolour the screen), keep newlines, and turn tabs into spaces.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function sanitize(text: string): string {
  return text.replace(/\t/g, '  ').replace(CONTROL, '');
}
