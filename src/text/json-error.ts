/**
 * Where JSON text goes wrong, as an offset and a short reason: Node's own message has no position
 * for most mistakes ("Unexpected token '}', ..."), and a translator needs the line and column.
 * A scan with an explicit stack (no recursion: a hostile file may nest deeply); called only after
 * JSON.parse has failed.
 */
export function jsonError(text: string): { offset: number; reason: string } {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (reason: string) => ({ offset: Math.min(i, text.length), reason });
  // What is expected next: a value, or after one what may follow in the containers open.
  const stack: ('object' | 'array')[] = [];
  let expect: 'value' | 'key' | 'after' = 'value';
  // After a comma a key must come: `{"a": 1,}` is not JSON.
  let comma = false;
  if (text.charCodeAt(0) === 0xfeff) i++;
  for (;;) {
    space();
    if (i >= text.length) return expect === 'after' && stack.length === 0 ? fail('unexpected end') : fail('the file ends too early');
    const c = text[i]!;
    if (expect === 'key') {
      if (c === '}' && !comma) {
        stack.pop();
        i++;
        expect = 'after';
        continue;
      }
      if (c !== '"') return fail(`expected a "key" here, found ${JSON.stringify(c)}`);
      comma = false;
      const end = stringEnd(text, i);
      if (end < 0) return fail('a string that is not closed');
      i = end;
      space();
      if (text[i] !== ':') return fail('expected “:” after the key');
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'after') {
      const top = stack[stack.length - 1];
      if (!top) return fail(`unexpected ${JSON.stringify(c)} after the end`);
      if (c === ',') {
        i++;
        expect = top === 'object' ? 'key' : 'value';
        comma = top === 'object';
        continue;
      }
      if ((top === 'object' && c === '}') || (top === 'array' && c === ']')) {
        stack.pop();
        i++;
        continue;
      }
      return fail(`expected “,” or “${top === 'object' ? '}' : ']'}”, found ${JSON.stringify(c)}`);
    }
    // A value.
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? 'object' : 'array');
      comma = false;
      i++;
      expect = c === '{' ? 'key' : 'value';
      if (c === '[') {
        space();
        if (text[i] === ']') {
          stack.pop();
          i++;
          expect = 'after';
        }
      }
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return fail('a string that is not closed');
      i = end;
    } else {
      const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
      if (!literal) return fail(`expected a value, found ${JSON.stringify(c)}`);
      i += literal[0].length;
    }
    expect = 'after';
    if (stack.length === 0) {
      space();
      return i < text.length ? fail(`unexpected ${JSON.stringify(text[i])} after the end`) : fail('not valid JSON');
    }
  }
}

/** The offset just past a string starting at `start` (a quote), or -1 when it is not closed on its line. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if (c === '\n') return -1;
  }
  return -1;
}
