/**
 * The bytes of a file made for import alone (a UTF-16 file's UTF-8 copy, a prefixed file's copy
 * without its prefixes), in a spill folder of its own that goes when the bytes are closed, or at
 * once if making it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeSpillFolder } from '../../runtime/spill-folder.js';
import { bytesOfFile, type XmlBytes } from './xml-bytes.js';

export function spilledBytes(name: string, write: (file: string) => void): XmlBytes {
  const folder = makeSpillFolder();
  try {
    const file = path.join(folder, name);
    write(file);
    const bytes = bytesOfFile(file);
    return {
      ...bytes,
      close() {
        bytes.close();
        fs.rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
