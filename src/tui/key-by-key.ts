/**
 * Keys one at a time, whatever arrives in one read. A terminal hands over a burst (`Enter Enter
 * Enter` from tmux, a paste, key repeat over SSH, keys typed during start-up) as one chunk, and
 * Ink passes a run of text as one input event: "1 Main St\r" would reach the text field as one
 * string and its Enter would be lost. This stream sits between the terminal and Ink and gives Ink
 * one key at a time, and the next only once React has handled the one before: its render
 * committed and its effects run, so every handler sees the state the previous key left (Ink
 * registers input handlers in effects, which React may run a few turns later under load).
 */
import { EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { graphemeSegmenter } from '../text/graphemes.js';
import { isScreenKey, pastedText } from './terminal-keys.js';

const ESC = '\u001B';

/** What a terminal in bracketed paste mode (`ESC [ ? 2004 h`) sends around a paste. */
export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';

/**
 * A chunk of terminal input as keys: escape sequences (CSI `ESC [ … final`, SS3 `ESC O x`) whole,
 * everything else one grapheme each, every kind of Enter as `\r`. Esc and a key after it in one
 * read are two keys, Esc then that key, not Alt+key: docflow binds nothing to Alt, and its keys
 * go Esc-then-a-key (Esc leaves a step's fields, then `l` the language menu). tmux hands both
 * over in one read when they come within its escape-time (500 ms by default), as an SSH link
 * can: Alt+l, which no screen takes, and the Esc was lost.
 */
export function splitKeys(chunk: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < chunk.length) {
    if (chunk[i] === ESC) {
      const end = escapeEnd(chunk, i);
      keys.push(chunk.slice(i, end));
      i = end;
      continue;
    }
    const next = chunk.indexOf(ESC, i);
    const text = chunk.slice(i, next === -1 ? chunk.length : next);
    for (const { segment } of graphemeSegmenter.segment(text)) {
      // Enter is "\r" in raw mode; "\n" is what it was before raw mode was on (keys typed during
      // start-up) and "\r\n" what a pasted Windows line ends with: one Enter each.
      keys.push(segment === '\n' || segment === '\r\n' ? '\r' : segment);
    }
    i += text.length;
  }
  return keys;
}

/** Where the escape sequence starting at `start` ends (exclusive). */
function escapeEnd(chunk: string, start: number): number {
  let i = start + 1;
  // ESC ESC [A: Alt+arrow on some terminals (Esc twice is two keys).
  if (chunk[i] === ESC && (chunk[i + 1] === '[' || chunk[i + 1] === 'O')) i++;
  const kind = chunk[i];
  if (kind === '[') {
    i++;
    if (chunk[i] === '[') i++; // ESC [ [ A: Linux console function keys
    while (i < chunk.length && /[\x20-\x3f]/.test(chunk[i]!)) i++;
    return Math.min(i + 1, chunk.length);
  }
  if (kind === 'O') return Math.min(i + 2, chunk.length);
  // Esc alone; what follows it is a key of its own (see splitKeys).
  return start + 1;
}

/** What Ink needs of stdin, and what the terminal (or a test's fake) provides. */
export interface InputSource extends NodeJS.EventEmitter {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
  ref?(): unknown;
  unref?(): unknown;
  pause?(): unknown;
  resume?(): unknown;
}

const CTRL_Z = '\u001a';
/** How long a key waits for the screen to have rendered the one before it, at most. */
const GATE_PATIENCE_MS = 2_000;

export class KeyByKeyInput extends EventEmitter {
  readonly isTTY: boolean;
  private readonly queue: string[] = [];
  private current: string | null = null;
  private scheduled = false;
  /** A key was given and the KeyGate has not yet seen React settle after it. */
  private waiting = false;
  private gates = 0;
  private gateTimer: NodeJS.Timeout | undefined;
  private readonly decoder = new StringDecoder('utf8');
  /** Ctrl+C was given to the app (which quits on it). */
  interrupted = false;
  /** Between the marks of a paste (bracketed paste mode). */
  private pasting = false;

  constructor(private readonly source: InputSource) {
    super();
    this.isTTY = Boolean(source.isTTY);
    // Read from the start, so keys typed while the first frame is drawn wait in the queue.
    source.on('data', this.onData);
  }

  private readonly onData = (data: Buffer | string) => {
    const keys = splitKeys(typeof data === 'string' ? data : this.decoder.write(data));
    // A paste, as a terminal in bracketed paste mode marks it, is given as one piece of text, not
    // key by key: its letters are no commands (a pasted "1 quai …" on a step quit at its q), its
    // line breaks not Enter (a pasted address confirmed its field and spilled into the next), and
    // a long one is one edit, not a key a render (Ctrl+C waited behind it).
    let pasted = '';
    const endPaste = () => {
      if (pasted) this.queue.push(pasted);
      pasted = '';
    };
    for (const key of keys) {
      if (key === PASTE_START || key === PASTE_END) {
        endPaste();
        this.pasting = key === PASTE_START;
      } else if (this.pasting) pasted += pastedText(key);
      // Ctrl+Z: raw mode makes it a key, not the terminal's SIGTSTP; job-control.ts suspends the app.
      else if (key === CTRL_Z) this.emit('suspend');
      else if (isScreenKey(key)) this.queue.push(key);
    }
    // A paste longer than one read goes on in the next: what came so far is text already.
    endPaste();
    this.pump();
  };

  /** Keys the terminal took before this stream read it (typed-ahead.ts): first in the queue. */
  typedAhead(data: Buffer): void {
    this.onData(data);
  }

  /** Keys not yet handed to the app, or handed and not yet drawn (a test waits for none). */
  get pending(): number {
    return this.queue.length + (this.waiting ? 1 : 0);
  }

  /** Lets go of the terminal: the process may end. */
  close(): void {
    clearTimeout(this.gateTimer);
    if (this.held) this.source.setRawMode?.(false);
    this.held = false;
    this.source.off('data', this.onData);
    this.unref();
  }

  /** Ink reads in a loop until null: one key per turn. */
  read(): string | null {
    const key = this.current;
    this.current = null;
    return key;
  }

  private pump(): void {
    if (this.scheduled || this.waiting || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.listenerCount('readable') === 0) return; // nobody reads yet: keep the keys
      this.current = this.queue.shift()!;
      if (this.current === '\u0003') this.interrupted = true;
      this.emit('readable');
      this.current = null;
      if (this.gates > 0) {
        this.waiting = true;
        // Never stuck: a gate that does not answer (the app is closing) lets the keys go on. Not
        // sooner: on a loaded box a render took over 250 ms, and the key after Esc went on into
        // the field Esc was leaving.
        this.gateTimer = setTimeout(() => this.settled(), GATE_PATIENCE_MS);
        this.emit('key');
      } else this.pump();
    });
  }

  /**
   * A KeyGate in the React tree: after each key it makes React render and, from its effect,
   * says when that is done. Returns the way to detach it.
   */
  attachGate(): () => void {
    this.gates++;
    return () => {
      this.gates--;
      this.settled();
    };
  }

  /** React has rendered and run its effects since the last key: the next one may go. */
  settled(): void {
    clearTimeout(this.gateTimer);
    this.waiting = false;
    this.pump();
  }

  override on(event: string | symbol, listener: (...args: unknown[]) => void): this {
    super.on(event, listener);
    if (event === 'readable') this.pump();
    return this;
  }

  override addListener(event: string | symbol, listener: (...args: unknown[]) => void): this {
    return this.on(event, listener);
  }

  private held = false;

  /**
   * Raw mode from now until close(), whatever Ink asks between screens: keys typed while the
   * content is read are neither echoed nor held back by the terminal until a newline.
   */
  holdRawMode(): this {
    this.held = true;
    this.source.setRawMode?.(true);
    this.ref();
    return this;
  }

  /** The terminal as the shell wants it while the app is stopped (Ctrl+Z), and back (fg). */
  suspendRawMode(suspended: boolean): void {
    if (this.held) this.source.setRawMode?.(!suspended);
  }

  setRawMode(mode: boolean): this {
    if (!this.held || mode) this.source.setRawMode?.(mode);
    return this;
  }

  setEncoding(): this {
    return this; // keys are decoded here, from the source's bytes
  }

  ref(): this {
    this.source.resume?.();
    this.source.ref?.();
    return this;
  }

  unref(): this {
    this.source.pause?.();
    this.source.unref?.();
    return this;
  }

  resume(): this {
    this.source.resume?.();
    return this;
  }

  pause(): this {
    this.source.pause?.();
    return this;
  }
}
