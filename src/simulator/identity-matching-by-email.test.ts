import { describe, expect, it } from 'vitest';
import { chain, email, journey, pathOf, rec, run } from './testing/sim-kit';

const welcome = chain('contact.created', [email('welcome')]);

describe('identity: matching by email (rule 1)', () => {
  it('compares emails case-insensitively and creates a contact, with a contact.created signal, when none matches', () => {
    const out = run({
      journey: welcome,
      contacts: [{ id: 'c1', email: 'Ana@Example.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'form.submitted', { email: 'ana@example.COM' }),
        rec('2026-03-01T10:00:00Z', 'form.submitted', { email: 'bo@example.com' }),
      ],
      options: { trace: true },
    });
    expect(out.summary.contacts).toBe(2);
    expect(out.summary.entered).toBe(1);
    expect(out.contacts?.map((c) => c.id)).toEqual(['new-1']);
  });

  it('ties a record to a known contact.id before trying the strategy', () => {
    const out = run({
      journey: welcome,
      contacts: [{ id: 'c1', email: 'a@x.com' }, { id: 'c2', email: 'b@x.com' }],
      events: [rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'c2', email: 'a@x.com' })],
    });
    expect(out.summary.contacts).toBe(2);
    expect(out.summary.entered).toBe(0);
  });

  it('falls back to the strategy when contact.id is unknown, and creates the contact with that id', () => {
    const out = run({
      journey: welcome,
      contacts: [{ id: 'c1', email: 'a@x.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'zz', email: 'A@x.com' }),
        rec('2026-03-01T10:00:00Z', 'form.submitted', { id: 'yy', email: 'y@x.com' }),
      ],
      options: { trace: true },
    });
    expect(out.summary.contacts).toBe(2);
    expect(out.contacts?.map((c) => c.id)).toEqual(['yy']);
  });

  it('drops a record without an email as unidentified', () => {
    const out = run({
      journey: welcome,
      events: [rec('2026-03-01T09:00:00Z', 'form.submitted', { firstName: 'A', lastName: 'B' }), rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'unknown' })],
    });
    expect(out.dropped.unidentified).toBe(2);
    expect(out.droppedRecords.map((d) => [d.line, d.reason])).toEqual([
      [1, 'unidentified'],
      [2, 'unidentified'],
    ]);
    expect(out.summary.contacts).toBe(0);
  });

  it('names created contacts new-n, skipping ids already taken', () => {
    const out = run({
      journey: welcome,
      contacts: [{ id: 'new-1', email: 'taken@x.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'new-3', email: 'x3@x.com' }),
        rec('2026-03-01T09:01:00Z', 'form.submitted', { email: 'a@x.com' }),
        rec('2026-03-01T09:02:00Z', 'form.submitted', { email: 'b@x.com' }),
        rec('2026-03-01T09:03:00Z', 'form.submitted', { email: 'c@x.com' }),
      ],
      options: { trace: true },
    });
    expect(out.contacts?.map((c) => c.id)).toEqual(['new-2', 'new-3', 'new-4', 'new-5']);
  });

  it('finds a created new-n contact by that id in later records', () => {
    const j = chain('lead.created', [email('mail')], {}, { attr: 'contact.id', op: 'eq', value: 'new-1' });
    const out = run({
      journey: j,
      events: [
        rec('2026-03-01T09:00:00Z', 'form.submitted', { email: 'a@x.com' }),
        rec('2026-03-01T10:00:00Z', 'lead.created', { id: 'new-1' }),
        rec('2026-03-01T11:00:00Z', 'lead.created', { id: 'new-01', email: 'b@x.com' }),
      ],
      options: { trace: true },
    });
    expect(out.summary.contacts).toBe(2);
    expect(out.contacts?.map((c) => c.id)).toEqual(['new-1']);
  });

  it('lets the first known contact win when several match (given contacts in file order)', () => {
    const j = chain('form.submitted', [email('mail')], {}, { attr: 'contact.id', op: 'eq', value: 'first' });
    const out = run({
      journey: j,
      contacts: [{ id: 'first', email: 'same@x.com' }, { id: 'second', email: 'SAME@x.com' }],
      events: [rec('2026-03-01T09:00:00Z', 'form.submitted', { email: 'same@x.com' })],
    });
    expect(out.summary.entered).toBe(1);
  });

  it('fires contact.created before the record’s own signal, so a wait reached on creation sees it', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'contact.created' },
        { id: 'await', kind: 'wait', mode: 'trigger', trigger: 'registration.created', timeout: 'P1D' },
      ],
      [['entry', 'next', 'await']],
    );
    const out = run({
      journey: j,
      events: [rec('2026-03-01T09:00:00Z', 'registration.created', { email: 'a@x.com' }, { eventId: 'evt' })],
      options: { trace: true },
    });
    expect(pathOf(out, 'new-1')).toEqual(['entry:next', 'await:triggered']);
  });

  it('fires only the record’s own signal when a contact.created record creates its contact', () => {
    const j = chain('contact.created', [email('mail')], {}, { attr: 'trigger.source', op: 'eq', value: 'crm' });
    const out = run({
      journey: j,
      events: [rec('2026-03-01T09:00:00Z', 'contact.created', { email: 'a@x.com' }, { data: { source: 'crm' } })],
    });
    expect(out.summary.entered).toBe(1);
  });

  it('gives the contact.created signal of a creation no attributes', () => {
    const j = chain('contact.created', [email('mail')], {}, { attr: 'trigger.eventId', op: 'exists' });
    const out = run({ journey: j, events: [rec('2026-03-01T09:00:00Z', 'registration.created', { email: 'a@x.com' }, { eventId: 'evt' })] });
    expect(out.summary.entered).toBe(0);
    expect(out.summary.contacts).toBe(1);
  });

  it('keeps a known contact’s attributes, except contact.updated which replaces the fields it names', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        { id: 'check', kind: 'condition', branches: [{ id: 'fr', when: { attr: 'contact.country', op: 'eq', value: 'FR' } }] },
      ],
      [['entry', 'next', 'check']],
      { reentry: { mode: 'afterExit' } },
    );
    const out = run({
      journey: j,
      contacts: [{ id: 'c1', email: 'a@x.com', country: 'PT', city: 'Lisbon' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'form.submitted', { email: 'a@x.com', country: 'FR' }),
        rec('2026-03-01T10:00:00Z', 'contact.updated', { id: 'c1', country: 'FR' }),
        rec('2026-03-01T11:00:00Z', 'form.submitted', { email: 'a@x.com' }),
      ],
    });
    expect(out.tiles.check.ports).toEqual({ fr: 1, otherwise: 1 });
  });

  it('re-indexes a contact whose email contact.updated changed', () => {
    const out = run({
      journey: chain('form.submitted', [email('mail')], { reentry: { mode: 'afterExit' } }),
      contacts: [{ id: 'c1', email: 'old@x.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'contact.updated', { id: 'c1', email: 'new@x.com' }, { changed: ['email'] }),
        rec('2026-03-01T10:00:00Z', 'form.submitted', { email: 'NEW@x.com' }),
        rec('2026-03-01T11:00:00Z', 'form.submitted', { email: 'old@x.com' }),
      ],
      options: { trace: true },
    });
    expect(out.summary.contacts).toBe(2);
    expect(out.contacts?.map((c) => c.id)).toEqual(['c1', 'new-1']);
  });
});
