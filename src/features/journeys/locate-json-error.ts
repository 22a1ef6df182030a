// Browsers word JSON.parse errors differently and recent V8 gives no position at all
// ("Unexpected token 'o', ... is not valid JSON"), so the import finds the first bad character
// itself with a small scanner of the JSON grammar.

export type JsonErrorSpot = { offset: number; line: number; column: number; reason: string };

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

function scan(text: string): void {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i += 1;
  };
  const fail = (reason?: string): never => {
    if (i >= text.length) throw new Stop(text.length, 'the file ends before the JSON is complete');
    throw new Stop(i, reason ?? `unexpected character ${JSON.stringify(text[i])}`);
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i += 1;
    }
  };
  const string = () => {
    i += 1; // opening quote
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i += 1;
        return;
      }
      if (ch === '\\') {
        i += 1;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k += 1) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              fail('invalid \\u escape');
            }
          }
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i += 1;
        else fail('invalid escape in a string');
      } else if (ch < ' ') fail('a line break or control character inside a string (missing closing quote?)');
      else i += 1;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      ws();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a comma before "}" (trailing comma)' : `expected a quoted field name, found ${JSON.stringify(text[i] ?? '')}`);
        string();
        ws();
        if (text[i] !== ':') fail('expected ":" after the field name');
        i += 1;
        value();
        ws();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === '}') {
          i += 1;
          return;
        }
        fail('expected "," or "}"');
      }
    }
    if (ch === '[') {
      i += 1;
      ws();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i += 1;
          ws();
          if (text[i] === ']') fail('a comma before "]" (trailing comma)');
          continue;
        }
        if (text[i] === ']') {
          i += 1;
          return;
        }
        fail('expected "," or "]"');
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch >= '0' && ch <= '9')) return number();
    fail();
  };
  value();
  ws();
  if (i < text.length) fail('more text after the end of the JSON');
}

/** Where the first JSON syntax error is, or null when the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorSpot | null {
  try {
    scan(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const column = e.offset - before.lastIndexOf('\n');
    return { offset: e.offset, line, column, reason: e.reason };
  }
}
