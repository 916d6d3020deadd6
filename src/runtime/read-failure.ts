/**
 * Why a file a person named could not be read, as write-file says why one could not be written:
 * Node's code, then what it means (a missing --answers file was "(ENOENT)", a merge part
 * "ENOENT: no such file or directory, open 'x'"). Undefined for an error that is not the system's.
 */
const MEANING: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
};

export function readFailure(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // The system's codes only (ENOENT, EISDIR…): a YAML parser's error has a code too (BAD_INDENT),
  // and a broken --config was "cannot read it (BAD_INDENT)".
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  return `cannot read it (${code}${MEANING[code] ? `: ${MEANING[code]}` : ''})`;
}
