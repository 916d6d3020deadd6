/**
 * A status or lint part given to `docflow merge`, read as JSON: what it cannot be read as is a
 * usage error at its line and column (`docflow:bad-part`), as a broken glossary part's is, for a
 * CI annotation to point at. A part cut mid-line by a failed upload said only "not a part to
 * merge (Unterminated string in JSON at position 2000)".
 */
import { LineIndex } from '../parse/line-index.js';
import { jsonError } from '../text/json-error.js';
import { readShellOutput } from '../text/shell-output.js';
import { NOT_UTF8 } from '../text/undecoded.js';
import { readFailure } from '../runtime/read-failure.js';
import { FileProblem } from './io.js';

export const BAD_PART = 'docflow:bad-part';

/** The part can be read but is none: said at its top, or at `line` and `column`. */
export function badPart(file: string, reason: string, line = 1, column = 1): FileProblem {
  return new FileProblem({ file, line, column }, reason, BAD_PART);
}

export function readPartJson(file: string): unknown {
  let text: string;
  let undecoded: number;
  try {
    ({ text, undecoded } = readShellOutput(file));
  } catch (error) {
    const folder = (error as NodeJS.ErrnoException).code === 'EISDIR' ? `a folder, not a part: give the parts in it (${file}/*.json)` : undefined;
    const failure = folder ?? readFailure(error);
    if (failure === undefined) throw error;
    throw badPart(file, failure);
  }
  // What a CI job whose command failed leaves: `docflow lint --shard 1/4 > lint-1.json` makes the file first.
  if (text.trim() === '') throw badPart(file, 'empty, not a part: the job that wrote it printed nothing (did its command fail?)');
  const lines = () => new LineIndex(text);
  if (undecoded !== -1) {
    const place = lines().point(undecoded);
    throw badPart(file, NOT_UTF8, place.line, place.column);
  }
  try {
    return JSON.parse(text);
  } catch {
    const wrong = jsonError(text);
    const place = lines().point(wrong.offset);
    throw badPart(file, `not valid JSON: ${wrong.reason} (a part cut short, or not a part)`, place.line, place.column);
  }
}
