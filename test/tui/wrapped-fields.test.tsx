/**
 * A value typed in a step's field, wrapped at a narrow terminal: its next line begins with the
 * value's next word, under the value, not with the space the line broke at.
 */
import { Box } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from '../../src/tui/components/TextField.js';
import { renderTerminal, type Terminal } from './terminal.js';

let shown: Terminal | undefined;
afterEach(() => shown?.unmount());

/** The field's lines once `typed` is in, in a box of `width` columns (2 of them its indent, as StepInputs sets it). */
async function typedLines(typed: string, width: number): Promise<string[]> {
  shown = renderTerminal(
    <Box paddingLeft={2} width={width}>
      <TextField onSubmit={() => {}} />
    </Box>,
    { columns: 40, rows: 12 },
  );
  shown.stdin.write(typed);
  for (let waited = 0; waited < 2000 && !shown.lastFrame()?.includes('Group'); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return shown.lastFrame()!.split('\n').map((line) => line.trimEnd());
}

describe('a typed value that wraps', () => {
  it('goes on with its next word where a word filled the line, not with the space after it', async () => {
    // "Contoso Worldwide" fills 17 columns; the space after it broke the line.
    expect(await typedLines('Contoso Worldwide Group', 19)).toEqual(['  Contoso Worldwide', '  Group']);
    shown!.unmount();
    expect(await typedLines('Contoso Worldwide Group', 11)).toEqual(['  Contoso', '  Worldwide', '  Group']);
  });

  it('keeps the spaces inside a line', async () => {
    expect(await typedLines('Contoso  Worldwide Group', 26)).toEqual(['  Contoso  Worldwide Group']);
  });
});
