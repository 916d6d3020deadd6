/**
 * A file's text without the byte order mark that Windows editors ("UTF-8 with BOM") put first:
 * JSON.parse refuses it (a translator's resource file saved so read as broken, its translations
 * counted as missing), and front matter starts after it.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The UTF-8 byte order mark, as a file's first three bytes. */
export const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
