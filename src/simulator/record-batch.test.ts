import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from './inputs';
import { batchOf, RecordBatch, Strings } from './record-batch';

const rec = (at: string, extra: Partial<EventRecord> = {}): EventRecord =>
  ({ at, type: 'registration.created', contact: { email: 'A@x.io', firstName: 'Ana', lastName: 'Silva' }, eventId: 'e1', ...extra }) as EventRecord;

describe('record batch', () => {
  it('gives back each record it was given, its instant in UTC ISO form', () => {
    const b = new RecordBatch();
    b.push(3, rec('2026-03-01T10:00:00+01:00', { sessionId: 's1', data: { channel: 'web' } }), Date.parse('2026-03-01T09:00:00Z'));
    b.push(4, rec('2026-03-01T09:00:00Z', { type: 'join.clicked', source: 'forwarded', tile: 'mail' }), Date.parse('2026-03-01T09:00:00Z'));
    expect(b.lineRecords()).toEqual([
      { line: 3, at: Date.parse('2026-03-01T09:00:00Z'), record: { ...rec('2026-03-01T09:00:00.000Z'), sessionId: 's1', data: { channel: 'web' } } },
      { line: 4, at: Date.parse('2026-03-01T09:00:00Z'), record: { ...rec('2026-03-01T09:00:00.000Z'), type: 'join.clicked', source: 'forwarded', tile: 'mail' } },
    ]);
  });

  it('keeps a record with fields the columns do not hold as it was', () => {
    const odd = rec('2026-03-01T09:00:00Z', { type: 'contact.updated', changed: ['email'], contact: { id: 'c1', consent: false } });
    const b = batchOf([{ line: 1, record: odd, at: 0 }]);
    expect(b.record(0)).toBe(odd);
    expect(b.contact(0)).toEqual({ id: 'c1', consent: false });
  });

  it('interns each string once across batches sharing a table', () => {
    const strings = new Strings();
    const a = batchOf([{ line: 1, record: rec('2026-03-01T09:00:00Z'), at: 0 }], strings);
    const b = batchOf([{ line: 1, record: rec('2026-03-02T09:00:00Z'), at: 1 }], strings);
    expect(a.email[0]).toBe(b.email[0]);
    expect(strings.list[a.event[0]]).toBe('e1');
    expect(strings.find('nowhere')).toBe(-1);
  });

  it('orders records by instant, file order at equal instants, for any instants', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 45), max: 2 ** 45 }).map((n) => n - (n % 7)), { maxLength: 300 }), (instants) => {
        const b = batchOf(instants.map((at, i) => ({ line: i + 1, record: rec('2026-03-01T09:00:00Z'), at })));
        const expected = instants.map((_, i) => i).sort((x, y) => instants[x] - instants[y] || x - y);
        expect(Array.from(b.timeOrder())).toEqual(expected);
        expect(Array.from(b.inTimeOrder().line.subarray(0, b.size))).toEqual(expected.map((i) => i + 1));
      }),
    );
  });

  it('slices share the columns and the string table', () => {
    const b = batchOf([0, 1, 2, 3].map((i) => ({ line: i + 1, record: rec('2026-03-01T09:00:00Z'), at: i })));
    const s = b.slice(1, 3);
    expect(s.size).toBe(2);
    expect(s.strings).toBe(b.strings);
    expect(Array.from(s.line)).toEqual([2, 3]);
    expect(b.slice(2).size).toBe(2);
  });
});
