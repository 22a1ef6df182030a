import { describe, expect, it } from 'vitest';
import { createLogReader, ingestArray, ingestText, LogFormatError } from './ingest';

const ok = (at: string, id = 'a') => JSON.stringify({ at, type: 'form.submitted', contact: { id } });

describe('NDJSON ingest', () => {
  it('counts blank and whitespace-only lines for numbering but not as records', () => {
    const text = ['', ok('2026-03-01T09:00:00Z'), '   ', '\t', '{bad', ok('2026-03-01T10:00:00Z')].join('\n');
    const r = ingestText(text);
    expect(r.records.lineRecords().map((x) => x.line)).toEqual([2, 6]);
    expect(r.dropped).toEqual([{ line: 5, reason: 'invalid', why: expect.stringContaining('line 5 is not valid JSON') }]);
    expect(r.total).toBe(3);
  });

  it('reads the last line with or without a final newline, and CRLF line ends', () => {
    expect(ingestText(`${ok('2026-03-01T09:00:00Z')}\r\n${ok('2026-03-01T10:00:00Z')}\r\n`).records.size).toBe(2);
    expect(ingestText(`${ok('2026-03-01T09:00:00Z')}\n${ok('2026-03-01T10:00:00Z')}`).records.size).toBe(2);
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const text = ['', ok('2026-03-01T09:00:00Z'), '{"at":"x"}', ok('2026-03-01T10:00:00+01:00', 'b'), ''].join('\n');
    const whole = ingestText(text);
    for (const size of [1, 2, 7, 64]) {
      const reader = createLogReader();
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      expect(reader.end()).toEqual(whole);
    }
  });

  it('drops records that do not parse with the reason in why, and treats null fields as absent', () => {
    const r = ingestArray([
      { at: '2026-03-01T09:00:00Z', type: 'registration.created', contact: { email: 'a@x.com' } },
      { at: '2026-03-01T09:00:00', type: 'form.submitted', contact: {} },
      { at: '2026-02-30T09:00:00Z', type: 'form.submitted', contact: {} },
      { at: '2026-03-01T09:00:00Z', type: 'nope', contact: {} },
      { at: '2026-03-01T09:00:00Z', type: 'form.submitted' },
      { at: '2026-03-01T09:00:00Z', type: 'form.submitted', contact: { id: null, email: 'a@x.com' }, eventId: null, data: null },
      { at: '2026-03-01T09:00:00Z', type: 'join.clicked', contact: { id: 'a' }, eventId: 'e' },
    ]);
    expect(r.dropped.map((d) => d.line)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(r.dropped[0].why).toMatch(/eventId is required/);
    expect(r.dropped[5].why).toMatch(/source is required/);
    expect(r.records.size).toBe(1);
    // Read back from the columns, the instant is in UTC ISO form.
    expect(r.records.lineRecords()[0].record).toEqual({ at: '2026-03-01T09:00:00.000Z', type: 'form.submitted', contact: { email: 'a@x.com' } });
  });

  it('accepts the instant shapes the domain parser accepts (offsets, fractions, no seconds)', () => {
    const r = ingestArray(['2026-03-01T09:00Z', '2026-03-01T09:00:00.5+05:30', '2026-03-01T09:00:00.123456Z', '2026-03-01T09:00:00-0300'].map((at) => ({ at, type: 'form.submitted', contact: {} })));
    expect(r.dropped).toEqual([]);
    expect(r.records.lineRecords().map((x) => new Date(x.at!).toISOString())).toEqual([
      '2026-03-01T09:00:00.000Z',
      '2026-03-01T03:30:00.500Z',
      '2026-03-01T09:00:00.123Z',
      '2026-03-01T12:00:00.000Z',
    ]);
  });

  it('refuses text that is neither NDJSON nor CSV, saying why', () => {
    expect(() => ingestText('hello\nworld')).toThrow(LogFormatError);
    expect(() => ingestText('hello\nworld')).toThrow(/neither NDJSON .* nor CSV/);
    expect(() => ingestText('[{"at":"2026-03-01T09:00:00Z"}]')).toThrow(/JSON array/);
  });

  it('drops a first line that is not JSON as invalid when a later line is a record', () => {
    const r = ingestText('not json\n{"at":"2026-03-01T09:00:00Z","type":"contact.created","contact":{"email":"a@x.io"}}\n[1,2]');
    expect(r.records.lineRecords().map((x) => x.line)).toEqual([2]);
    expect(r.dropped.map((d) => [d.line, d.reason])).toEqual([[1, 'invalid'], [3, 'invalid']]);
  });

  it('reads a log as the format its file name announces', () => {
    expect(ingestText('[1,2]\n', 'ndjson').dropped).toEqual([expect.objectContaining({ line: 1, reason: 'invalid' })]);
    expect(() => ingestText('{"at":1}\n', 'csv')).toThrow(/CSV event log has no header row/);
  });

  it('treats an empty or blank text as an empty log', () => {
    for (const text of ['', '\n  \n']) {
      const r = ingestText(text);
      expect([r.records.size, r.dropped, r.total]).toEqual([0, [], 0]);
    }
  });
});
