/**
 * Text from documents, locale files and input reaches terminals: whole escape sequences are
 * dropped (CSI screen clears and cursor moves, OSC 52 clipboard writes and OSC 8 links, DCS and
 * the other string controls, in their 7-bit and 8-bit forms), then any C0/C1 control left, and
 * the bidi overrides that can make text read other than it is stored (U+202A–U+202E). Newlines
 * stay; tabs become spaces, and so do the controls that end a line in a word processor's text
 * (U+000B, Word's manual line break; a form feed; U+0085), which dropped ran two words together.
 */
// eslint-disable-next-line no-control-regex
const SEQUENCES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/g;

// eslint-disable-next-line no-control-regex
const LINE_ENDS = /[\u000B\u000C\u0085]/g;

/**
 * A soft hyphen only says where a word may break, and a terminal draws it anyway, a column wide
 * where Ink counts none ("Wal\u00ADlis" read "Wal-lis", and its line was a column past the pane).
 */
const SOFT_HYPHEN = /\u00AD/g;

export function sanitize(text: string): string {
  return sanitizeKeepingTabs(text.replace(/\t/g, '  ').replace(SOFT_HYPHEN, ''));
}

/**
 * sanitize for a file's text printed (a checklist, a report `--out` would write): a tab moves the
 * cursor to a tab stop and no further, and is the file's (a code block's indentation), so the
 * printed bytes are the file's.
 */
export function sanitizeKeepingTabs(text: string): string {
  return text.replace(SEQUENCES, '').replace(LINE_ENDS, ' ').replace(CONTROL, '');
}
