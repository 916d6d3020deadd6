/**
 * A text read from its start up to an offset at a time (offsets in UTF-16 code units, as the
 * parse gives them): in memory, or from its file a block at a time. `apply --create` made a 20 MB
 * article's new locale from its reference's text read whole (20 MB of bytes, then 40 MB of
 * string: a few of its characters are past Latin-1), on top of the merged catalog: 291 MB.
 */
import { StringDecoder } from 'node:string_decoder';
import { BLOCK, fileBlocks } from './file-blocks.js';

export interface TextSource {
  /** The text from where the last call ended up to `end` (nothing when `end` is not past it). */
  upTo(end: number): string;
  /** The rest of the text, in pieces. */
  rest(): Iterable<string>;
}

export function textSource(text: string): TextSource {
  let at = 0;
  return {
    upTo(end) {
      if (end <= at) return '';
      const part = text.slice(at, end);
      at = end;
      return part;
    },
    rest: () => [text.slice(at)],
  };
}

/**
 * The file's text as readFileSync(file, 'utf8') decodes it (a sequence split between blocks is
 * decoded whole; a broken one is U+FFFD), a block at a time. `close()` when not read to its end.
 */
export function fileTextSource(file: string, block = BLOCK): TextSource & { close(): void } {
  const blocks = fileBlocks(file, block);
  const decoder = new StringDecoder('utf8');
  let open = true;
  /** What has been decoded and not given yet, and where it starts in the text. */
  let pending = '';
  let base = 0;
  const close = () => {
    open = false;
    blocks.return();
  };
  /** The next block decoded, or undefined at the end (the file is closed then). */
  const next = (): string | undefined => {
    if (!open) return undefined;
    const read = blocks.next();
    if (!read.done) return decoder.write(read.value);
    open = false;
    return decoder.end();
  };
  return {
    upTo(end) {
      if (end <= base) return '';
      const parts = [pending];
      let length = pending.length;
      while (base + length < end) {
        const block = next();
        if (block === undefined) break;
        parts.push(block);
        length += block.length;
      }
      const joined = parts.length === 1 ? pending : parts.join('');
      const part = joined.slice(0, end - base);
      pending = joined.slice(end - base);
      base += part.length;
      return part;
    },
    *rest() {
      try {
        if (pending !== '') yield pending;
        pending = '';
        for (let block = next(); block !== undefined; block = next()) if (block !== '') yield block;
      } finally {
        close();
      }
    },
    close,
  };
}
