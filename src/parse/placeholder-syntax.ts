/**
 * A micromark extension that reads the skeleton's placeholders (`<\uE000i>`, see skeleton.ts)
 * as the text they are, before any other construct is tried at their `<`. Their mark is any
 * private-use character (an article's own is never taken): nothing else starts with one either.
 *
 * Without it, each placeholder is tried as inline HTML and as an autolink, both of which fail
 * at its second character: in the skeleton, most `<` are placeholders, and those two attempts
 * made 7% of a cold extract's allocations (a sampling heap profile) and ~8% of the skeleton's
 * parse. The tree is the same, positions included: the placeholder was text already (a test
 * holds every fixture and the corpus sweep every article to it).
 */
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types';
import type { Processor } from 'unified';
import { FIRST_MARK, LAST_MARK } from './skeleton.js';

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;

const placeholder: Construct = { name: 'sxsPlaceholder', tokenize: tokenizePlaceholder };

/** Tried first at `<` in text: a placeholder is data; anything else is left to the others. */
export const placeholderSyntax: Extension = { text: { [LESS_THAN]: placeholder } };

/** unified plugin: the placeholder syntax added to remark-parse's (remark-sxs uses it). */
export function remarkPlaceholderSyntax(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(placeholderSyntax);
}

function tokenizePlaceholder(effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    effects.enter('data');
    effects.consume(code);
    return mark;
  }

  function mark(code: Code): State | undefined {
    if (code === null || code < FIRST_MARK || code > LAST_MARK) return nok(code);
    effects.consume(code);
    return firstDigit;
  }

  function firstDigit(code: Code): State | undefined {
    if (!isDigit(code)) return nok(code);
    effects.consume(code);
    return digits;
  }

  function digits(code: Code): State | undefined {
    if (isDigit(code)) {
      effects.consume(code);
      return digits;
    }
    if (code !== GREATER_THAN) return nok(code);
    effects.consume(code);
    effects.exit('data');
    return ok;
  }
}

function isDigit(code: Code): boolean {
  return code !== null && code >= 0x30 && code <= 0x39;
}
