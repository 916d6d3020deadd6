import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyByKeyInput, splitKeys } from '../../src/tui/key-by-key.js';

describe('a burst of terminal input, as keys', () => {
  it('gives each character, each escape sequence and each Enter of a chunk as its own key', () => {
    expect(splitKeys('ab\r\u001B[A\u001B[1;5C\u001BOP\u001B\u001B[B5')).toEqual(['a', 'b', '\r', '\u001B[A', '\u001B[1;5C', '\u001BOP', '\u001B\u001B[B', '5']);
  });

  it('reads Esc and a key after it in one read as Esc, then that key: docflow has no Alt+key', () => {
    expect(splitKeys('\u001Bl\u001B\u001B\u001B?\u001B中')).toEqual(['\u001B', 'l', '\u001B', '\u001B', '\u001B', '?', '\u001B', '中']);
  });

  it('keeps a grapheme whole: an emoji with its skin tone, a letter with its accent', () => {
    expect(splitKeys('👍🏽e\u0301中')).toEqual(['👍🏽', 'e\u0301', '中']);
  });

  it('reads every kind of Enter as one Enter: typed before raw mode, pasted from Windows', () => {
    expect(splitKeys('a\nb\r\nc\r')).toEqual(['a', '\r', 'b', '\r', 'c', '\r']);
  });

  it('loses and invents nothing in text without escapes or newlines (any text, fixed seed)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !/[\u001B\r\n]/.test(s));
    fc.assert(
      fc.property(text, (s) => {
        const keys = splitKeys(s);
        expect(keys.join('')).toBe(s);
        expect(keys.every((k) => k.length > 0)).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('KeyByKeyInput', () => {
  class Source extends EventEmitter {
    isTTY = true;
    raw: boolean[] = [];
    setRawMode(mode: boolean) {
      this.raw.push(mode);
    }
  }
  const read = (input: KeyByKeyInput) =>
    new Promise<string[]>((resolve) => {
      const keys: string[] = [];
      input.on('readable', () => {
        let key;
        while ((key = input.read()) !== null) keys.push(key);
      });
      setTimeout(() => resolve(keys), 50);
    });

  it('hands Ink one key per read, keeping keys that came before anyone read', async () => {
    const source = new Source();
    const input = new KeyByKeyInput(source);
    source.emit('data', Buffer.from('ab\r'));
    expect(await read(input)).toEqual(['a', 'b', '\r']);
    input.close();
  });

  it('decodes a character split across two reads', async () => {
    const source = new Source();
    const input = new KeyByKeyInput(source);
    const bytes = Buffer.from('é中');
    source.emit('data', bytes.subarray(0, 1));
    source.emit('data', bytes.subarray(1));
    expect(await read(input)).toEqual(['é', '中']);
    input.close();
  });

  it('gives a paste’s line breaks as spaces, not Enter (a terminal in bracketed paste mode marks the paste); typed Enter stays Enter', async () => {
    const source = new Source();
    const input = new KeyByKeyInput(source);
    source.emit('data', Buffer.from('\u001b[200~1 Main St\nline two\r\nthree\u001b[201~\r'));
    const keys = await read(input);
    expect(keys.join('')).toBe('1 Main St line two three\r');
    expect(keys.at(-1)).toBe('\r');
    input.close();
  });

  it('drops the escape sequences no screen has a key for (Ink threw on Ctrl+F1, typed a focus report as "[I")', async () => {
    const source = new Source();
    const input = new KeyByKeyInput(source);
    source.emit('data', Buffer.from('a\u001b[1;5P\u001b[29;5~\u001b[I\u001b[31mb\u001b[A\u001b[1;5C\u001bOB\u001b[5~\u001b[3~\u001b[Z\u001bx\u001b'));
    expect(await read(input)).toEqual(['a', 'b', '\u001b[A', '\u001b[1;5C', '\u001bOB', '\u001b[5~', '\u001b[3~', '\u001b[Z', '\u001b', 'x', '\u001b']);
    input.close();
  });

  it('drops the Ctrl+letters no screen uses (Ink read Ctrl+Q as q, Ctrl+U as a u), keeps Enter, Tab, Ctrl+H and Ctrl+C', async () => {
    const source = new Source();
    const input = new KeyByKeyInput(source);
    source.emit('data', Buffer.from('a\u0015\u000c\u0011\u0001\r\t\b\u0003'));
    expect(await read(input)).toEqual(['a', '\r', '\t', '\b', '\u0003']);
    input.close();
  });

  it('gives a paste as one piece of text: a tab a space, its control characters and escape sequences nothing', async () => {
    const source = new Source();
    const input = new KeyByKeyInput(source);
    source.emit('data', Buffer.from('\u001b[200~\u001b[31mContoso\u001b[0m\tLtd\u0007\u007f\u001b[201~q'));
    expect(await read(input)).toEqual(['Contoso Ltd', 'q']);
    input.close();
  });

  it('tells whether Ctrl+C was given to the app, for the exit status a shell expects (130)', async () => {
    const source = new Source();
    const input = new KeyByKeyInput(source);
    source.emit('data', Buffer.from('q'));
    await read(input);
    expect(input.interrupted).toBe(false);
    source.emit('data', Buffer.from('\u0003'));
    await read(input);
    expect(input.interrupted).toBe(true);
    input.close();
  });

  it('holds the next key while the screen renders the last, however long a loaded machine takes (Esc then l: the menu, not an l in the field)', async () => {
    const source = new Source();
    const input = new KeyByKeyInput(source);
    input.attachGate();
    const seen: string[] = [];
    input.on('readable', () => {
      let key;
      while ((key = input.read()) !== null) seen.push(key);
    });
    // Each key's render takes 600 ms; its gate answers when done.
    input.on('key', () => setTimeout(() => input.settled(), 600));
    source.emit('data', Buffer.from('\u001bl'));
    await new Promise((resolve) => setTimeout(resolve, 450));
    // The Esc given; l waits for its render (it went on after 250 ms, into the field still open).
    expect(seen).toEqual(['\u001b']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toEqual(['\u001b', 'l']);
    input.close();
  });

  it('holds raw mode from start-up to close, whatever Ink asks in between', () => {
    const source = new Source();
    const input = new KeyByKeyInput(source).holdRawMode();
    input.setRawMode(false);
    input.setRawMode(true);
    input.close();
    expect(source.raw).toEqual([true, true, false]);
  });
});
