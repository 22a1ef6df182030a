import { describe, expect, it } from 'vitest';
import { createLogReader, ingestText } from './ingest';

describe('CSV ingest', () => {
  const csv = [
    'at,type,contactId,email,firstName,lastName,eventId,sessionId,source,tile,name,table,action,changed,data,consent',
    '2026-03-01T09:00:00Z,registration.created,,"smith, jr@x.com",Ana,,e1,,,,,,,,"{""channel"":""web"",""n"":2}",false',
    '',
    '2026-03-01T10:00:00Z,record.changed,c1,,"Mary',
    'Ann",,,,,,,incident,updated,statusCode; owner,"{""note"":""a, b""}",',
    '2026-03-01T11:00:00Z,form.submitted,,,,,,,,,,,,,,',
    '2026-03-01T12:00:00Z,custom,c2,,,,,,,,,,,,{not json},',
  ].join('\n');

  it('reads quoted fields with commas, quotes and newlines, data as JSON, changed split on ;, empty cells absent', () => {
    const r = ingestText(csv);
    expect(r.records.lineRecords().map((x) => x.line)).toEqual([2, 4]);
    expect(r.records.lineRecords()[0].record).toEqual({
      at: '2026-03-01T09:00:00Z',
      type: 'registration.created',
      contact: { email: 'smith, jr@x.com', firstName: 'Ana', consent: false },
      eventId: 'e1',
      data: { channel: 'web', n: 2 },
    });
    expect(r.records.lineRecords()[1].record).toMatchObject({ contact: { id: 'c1', firstName: 'Mary\nAnn' }, changed: ['statusCode', 'owner'], data: { note: 'a, b' } });
  });

  it('numbers lines with the header as line 1, a record on the line it starts, and drops rows with no contact or bad data', () => {
    const r = ingestText(csv);
    expect(r.dropped.map((d) => [d.line, d.reason])).toEqual([
      [6, 'invalid'],
      [7, 'invalid'],
    ]);
    expect(r.dropped[0].why).toMatch(/contact/);
    expect(r.dropped[1].why).toMatch(/data is not valid JSON/);
    expect(r.total).toBe(4);
  });

  it('gives the same result whatever the chunk boundaries and with CRLF line ends', () => {
    const whole = ingestText(csv);
    for (const size of [1, 3, 17]) {
      const reader = createLogReader();
      for (let i = 0; i < csv.length; i += size) reader.push(csv.slice(i, i + size));
      expect(reader.end()).toEqual(whole);
    }
    const crlf = ingestText(csv.replace(/\n(?!Ann)/g, '\r\n'));
    expect(crlf.records.lineRecords().map((x) => x.line)).toEqual([2, 4]);
    expect(crlf.records.lineRecords()[0].record.contact).toEqual(whole.records.lineRecords()[0].record.contact);
    expect(crlf.dropped.map((d) => d.line)).toEqual([6, 7]);
  });

  it('refuses a header without at and type', () => {
    expect(() => ingestText('when,what\n1,2')).toThrow(/header row/);
  });
});
