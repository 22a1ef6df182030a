import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error';

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]}')).toBeNull();
    expect(locateJsonError(' \n"text" ')).toBeNull();
  });

  it('points at an unquoted value with line and column', () => {
    expect(locateJsonError('{ "schemaVersion": 1,\n  "name": oops }')).toMatchObject({ line: 2, column: 11, reason: 'unexpected character "o"' });
  });

  it('names trailing commas, missing commas and truncated files', () => {
    expect(locateJsonError('{"a": 1,}')?.reason).toMatch(/trailing comma/);
    expect(locateJsonError('[1, 2,]')?.reason).toMatch(/trailing comma/);
    expect(locateJsonError('{"a": 1 "b": 2}')).toMatchObject({ column: 9, reason: 'expected "," or "}"' });
    expect(locateJsonError('{"a": [1, 2')?.reason).toMatch(/ends before/);
    expect(locateJsonError("{'a': 1}")?.reason).toMatch(/quoted field name/);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{}', '[]', '0', '01', '1.', '"\\x"', '{"a":1}x', 'tru', '"unterminated', '-', '[1,,2]', '{"a"}']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(locateJsonError(text) === null, text).toBe(valid);
    }
  });
});
