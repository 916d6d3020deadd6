/**
 * A pane shorter than its text scrolls, and a line says where: at every height down to one line,
 * the text starts the pane and is no taller than it (a pane of one line gave its line to where it
 * was, "lines 1–0 of 5", and none to the text).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Text } from 'ink';
import { openSession } from '../../src/cli/context.js';
import { Scroll } from '../../src/tui/components/Scroll.js';
import { I18nContext } from '../../src/tui/hooks/use-translation.js';
import { NO_COLOURS, ThemeContext } from '../../src/tui/theme.js';
import { memoryIo } from '../helpers.js';
import { tick } from './render-app.js';
import { renderTerminal, type Terminal } from './terminal.js';

let current: Terminal | undefined;
afterEach(() => current?.unmount());

function scrolled(height: number) {
  return renderTerminal(
    <I18nContext.Provider value={openSession(memoryIo().io, { locale: 'en-US' }, () => []).i18n}>
      <ThemeContext.Provider value={NO_COLOURS}>
        <Scroll height={height} active>
          {['one', 'two', 'three', 'four', 'five'].map((word) => (
            <Text key={word}>{word}</Text>
          ))}
        </Scroll>
      </ThemeContext.Provider>
    </I18nContext.Provider>,
    { columns: 40, rows: 12 },
  );
}

describe('Scroll', () => {
  it('draws no more lines than its height, down to one (the text, no room for where it is)', async () => {
    for (const height of [1, 2, 3, 4]) {
      current = scrolled(height);
      await tick();
      const lines = (current.lastFrame() ?? '').split('\n').filter((line) => line.trim() !== '');
      expect(lines.length, `height ${height}: ${lines.join(' | ')}`).toBeLessThanOrEqual(height);
      expect(lines[0], `height ${height}`).toBe('one');
      current.unmount();
      current = undefined;
    }
  });

  it('says where it is when there is a line for it', async () => {
    current = scrolled(3);
    await tick();
    expect((current.lastFrame() ?? '').split('\n').filter((line) => line.trim() !== '')).toEqual(['one', 'two', expect.stringMatching(/1.2.*5/)]);
  });
});
