/**
 * The command that opens a flow as this one was opened (its content, locales and language), for
 * text that cannot open it with a key: a plain run's end names the procedures it links to.
 */
import type { LocaleOptions } from './context.js';

export function runCommand(id: string, options: LocaleOptions): string {
  const content = options.content === undefined ? [] : [options.content].flat().flatMap((dir) => ['--content', dir]);
  const words = ['docflow', 'run', id, ...content, ...(options.locales === undefined ? [] : ['--locales', options.locales]), ...(options.locale === undefined ? [] : ['--locale', options.locale])];
  return words.map(shellWord).join(' ');
}

/** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w./#@%+=:,-]+$/.test(word) && !word.startsWith('#') ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
