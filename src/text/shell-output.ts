/**
 * A file a shell wrote a command's output to, as text. Windows PowerShell 5.1 (Azure Pipelines'
 * PowerShell task, GitHub's `shell: powershell`) writes `>` as UTF-16 with its byte order mark:
 * a CI matrix's `docflow lint --shard 1/4 > lint-1.json` was "not a part to merge".
 */
import fs from 'node:fs';
import { undecodedAt } from './undecoded.js';
import { withoutBom } from './without-bom.js';

/** The file's text, and where in it the first byte that is not UTF-8 was (-1: none, see undecoded.ts). */
export function readShellOutput(file: string): { text: string; undecoded: number } {
  const bytes = fs.readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.toString('utf16le', 2), undecoded: -1 };
  // Big-endian: its pairs swapped, then read as little-endian.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le'), undecoded: -1 };
  const text = bytes.toString('utf8');
  const undecoded = undecodedAt(bytes, text);
  const bom = text.length - withoutBom(text).length;
  return { text: text.slice(bom), undecoded: undecoded === -1 ? -1 : undecoded - bom };
}
