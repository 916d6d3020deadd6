/**
 * An XLIFF saved as UTF-16, the other encoding XML requires every processor to read (Windows
 * Notepad's "Unicode", some tools' exports): refused as "no <xliff> element" before, as its bytes
 * were read as UTF-8. Transcoded a chunk at a time into a spill folder's file (the file is never
 * held whole, as xml-bytes.ts wants), which goes when the bytes are closed. Lines and columns
 * (counted in UTF-16 units) are the same in both, so every place said is the file's.
 */
import fs from 'node:fs';
import { bytesOfFile, CHUNK, type XmlBytes } from './xml-bytes.js';
import { spilledBytes } from './spilled-bytes.js';

type Utf16 = 'utf-16le' | 'utf-16be';

/** UTF-16 by its byte order mark, or without one by `<?` (XML 1.0, appendix F). */
function utf16Of(head: Buffer): Utf16 | undefined {
  const [a, b, c, d] = head;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0 && c === 0x3f && d === 0)) return 'utf-16le';
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c && c === 0 && d === 0x3f)) return 'utf-16be';
  return undefined;
}

/** A file's bytes as UTF-8, whether it was saved so or as UTF-16. */
export function xmlBytesOfFile(file: string): XmlBytes {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const encoding = utf16Of(head.subarray(0, fs.readSync(fd, head, 0, 4, 0)));
    if (encoding === undefined) return bytesOfFile(file);
    return spilledBytes('utf8.xlf', (utf8) => transcode(fd, utf8, encoding));
  } finally {
    fs.closeSync(fd);
  }
}

/** The UTF-16 text of `fd` written to `to` as UTF-8, its byte order mark left out. */
function transcode(fd: number, to: string, encoding: Utf16): void {
  const decoder = new TextDecoder(encoding);
  const out = fs.openSync(to, 'w');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (let at = 0, count; (count = fs.readSync(fd, chunk, 0, CHUNK, at)) > 0; at += count) fs.writeSync(out, decoder.decode(chunk.subarray(0, count), { stream: true }));
    fs.writeSync(out, decoder.decode());
  } finally {
    fs.closeSync(out);
  }
}
