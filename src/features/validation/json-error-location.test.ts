import { describe, expect, it } from 'vitest';
import { jsonErrorLocation, locationOfOffset, parseJsonText } from './json-error-location';

describe('where a JSON file is broken', () => {
  it('turns an offset into a 1-based line and column', () => {
    expect(locationOfOffset('{\n  "a": 1,\n}', 12)).toEqual({ line: 3, column: 1 });
    expect(locationOfOffset('abc', 0)).toEqual({ line: 1, column: 1 });
  });

  it('reads line and column from either engine wording', () => {
    expect(jsonErrorLocation('x', 'Unexpected token (line 4 column 7)')).toEqual({ line: 4, column: 7 });
    expect(jsonErrorLocation('{\n"a" 1}', "Expected ':' after property name in JSON at position 6")).toEqual({ line: 2, column: 5 });
  });

  it('points at the end of a truncated file', () => {
    const result = parseJsonText('{\n  "a": [1, 2');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.location).toEqual({ line: 2, column: 13 });
  });

  it('says an empty file is empty', () => {
    expect(parseJsonText('  \n')).toEqual({ ok: false, message: 'The file is empty.', location: null });
  });

  it('gives the parsed value of valid JSON', () => {
    expect(parseJsonText('{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });
});
