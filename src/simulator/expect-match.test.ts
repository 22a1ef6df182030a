import { describe, expect, it } from 'vitest';
import { matchExpect } from './expect-match';

describe('matchExpect', () => {
  it('matches an object on the keys it names and ignores extra keys of the actual value', () => {
    expect(matchExpect({ a: 1 }, { a: 1, b: 2 })).toEqual([]);
  });

  it('reports a different scalar with its JSON path', () => {
    expect(matchExpect({ tiles: { 'await-checkin': { entered: 5 } } }, { tiles: { 'await-checkin': { entered: 4 } } })).toEqual([
      { path: '$.tiles["await-checkin"].entered', expected: 5, actual: 4 },
    ]);
  });

  it('requires arrays to have the same length, and compares elements in order', () => {
    expect(matchExpect([{ id: 'a' }], [{ id: 'a' }, { id: 'b' }])).toEqual([{ path: '$.length', expected: 1, actual: 2 }]);
    expect(matchExpect([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'a' }]).map((d) => d.path)).toEqual(['$[0].id', '$[1].id']);
  });

  it('treats a missing key as a difference (actual undefined)', () => {
    expect(matchExpect({ why: 'x' }, {})).toEqual([{ path: '$.why', expected: 'x', actual: undefined }]);
  });

  it('does not let an object stand for an array or null for an object', () => {
    expect(matchExpect({ a: [] }, { a: {} })).toHaveLength(1);
    expect(matchExpect({ a: {} }, { a: null })).toHaveLength(1);
    expect(matchExpect({ goalMet: null }, { goalMet: null })).toEqual([]);
  });
});
