/**
 * A file a shell wrote a command's output to, as text. Windows PowerShell 5.1 (Azure Pipelines'
 * PowerShell task, GitHub's `shell: powershell`) writes `>` as UTF-16 with its byte order mark:
 * a CI matrix's `docflow lint --shard 1/4 > lint-1.json` was "not a part to merge".
 */
import fs from 'node:fs';
import { withoutBom } from './without-bom.js';

export function readShellOutput(file: string): string {
  const bytes = fs.readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  // Big-endian: its pairs swapped, then read as little-endian.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  return withoutBom(bytes.toString('utf8'));
}
