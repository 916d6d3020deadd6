/** What reaches a terminal from a document: no escape sequence, whole or in part, no control character. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/text/sanitize.js';

const ESC = '\u001b';

describe('sanitize', () => {
  it('drops whole escape sequences, not just their first byte', () => {
    expect(sanitize(`Evil${ESC}[2J${ESC}[H title`)).toBe('Evil title');
    expect(sanitize(`copy ${ESC}]52;c;cm0gLXJmIH4=${ESC}\\me`)).toBe('copy me');
    expect(sanitize(`a ${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\ b`)).toBe('a link b');
    expect(sanitize(`title ${ESC}]0;pwned\u0007here`)).toBe('title here');
    expect(sanitize(`8-bit \u009b31mred\u009b0m and \u009d0;x\u009cok`)).toBe('8-bit red and ok');
    expect(sanitize(`dcs ${ESC}P1$qm${ESC}\\done`)).toBe('dcs done');
    expect(sanitize(`keep ${ESC}7cursor${ESC}8 text`)).toBe('keep cursor text');
    // An unterminated string control cannot swallow the rest of the screen's escapes either.
    expect(sanitize(`${ESC}]52;c;AAAA`)).toBe('');
  });

  it('drops bidi overrides that disguise text, keeps newlines, turns tabs into spaces', () => {
    expect(sanitize('admin\u202Etxt.exe')).toBe('admintxt.exe');
    expect(sanitize('a\tb\nc')).toBe('a  b\nc');
    // A word processor's line break between two words is a space on screen, not nothing.
    expect(sanitize('Check\u000bservice\u000chealth\u0085now')).toBe('Check service health now');
    expect(sanitize('שלום עולם, 你好, Ça va')).toBe('שלום עולם, 你好, Ça va');
  });

  it('drops a soft hyphen, which a terminal draws a column wide in the middle of its word', () => {
    expect(sanitize('Wallis-et-Fu\u00ADtuna, Vanuatu')).toBe('Wallis-et-Futuna, Vanuatu');
  });

  it('never lets a control character through, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // eslint-disable-next-line no-control-regex
        expect(sanitize(text)).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('leaves text without controls as it was (property)', () => {
    fc.assert(
      // eslint-disable-next-line no-control-regex
      fc.property(fc.string({ unit: 'grapheme' }).filter((t) => !/[\u0000-\u001F\u007F-\u009F\u00AD\u202A-\u202E]/.test(t)), (text) => {
        expect(sanitize(text)).toBe(text);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
