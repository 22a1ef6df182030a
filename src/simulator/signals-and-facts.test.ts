import { describe, expect, it } from 'vitest';
import { chain, email, journey, rec, run } from './testing/sim-kit';

/** Rule 3: which signals a record yields, and facts updated before the journey reacts. */

const catalog = {
  events: [],
  triggers: [
    { id: 'rc.incident-resolved', kind: 'record-change' as const, name: 'Resolved', status: 'ready' as const, table: 'incident', audience: 'customerId', action: 'updated' as const, columns: ['statusCode'] },
    { id: 'rc.incident-any', kind: 'record-change' as const, name: 'Any', status: 'ready' as const, table: 'incident', audience: 'customerId', action: 'createdOrUpdated' as const, columns: [] },
    { id: 'rc.draft', kind: 'record-change' as const, name: 'Draft', status: 'draft' as const, table: 'incident', audience: 'customerId', action: 'updated' as const, columns: [] },
    { id: 'custom.paper', kind: 'custom' as const, name: 'Paper', status: 'ready' as const, attributes: [{ name: 'paperId', type: 'string' as const }] },
  ],
};

describe('signals', () => {
  it('contact.updated yields email, address and phone updates for each in changed, and nothing else', () => {
    const j = chain('contact.phoneUpdated', [email('mail')]);
    const out = run({
      journey: j,
      contacts: [{ id: 'a', email: 'a@x.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'contact.updated', { id: 'a', phone: '1' }, { changed: ['name', 'email'] }),
        rec('2026-03-01T10:00:00Z', 'contact.updated', { id: 'a', phone: '2' }, { changed: ['address', 'phone'] }),
      ],
      options: { trace: true },
    });
    expect(out.summary.entered).toBe(1);
    expect(out.contacts?.[0].path[0].at).toBe('2026-03-01T10:00:00.000Z');
  });

  it('record.changed yields every ready record-change trigger that matches table, action and columns', () => {
    const j = chain('rc.incident-resolved', [email('mail')], {}, { attr: 'trigger.statusCode', op: 'eq', value: 'resolved' });
    const out = run({
      journey: j,
      catalog,
      contacts: [{ id: 'a', email: 'a@x.com' }, { id: 'b', email: 'b@x.com' }, { id: 'c', email: 'c@x.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'record.changed', { id: 'a' }, { table: 'incident', action: 'updated', changed: ['owner'], data: { statusCode: 'resolved' } }),
        rec('2026-03-01T09:00:00Z', 'record.changed', { id: 'b' }, { table: 'incident', action: 'updated', changed: ['statusCode'], data: { statusCode: 'resolved' } }),
        rec('2026-03-01T09:00:00Z', 'record.changed', { id: 'c' }, { table: 'incident', action: 'created', changed: ['statusCode'], data: { statusCode: 'resolved' } }),
      ],
      options: { trace: true },
    });
    expect(out.contacts?.map((c) => c.id)).toEqual(['b']);
  });

  it('createdOrUpdated with no columns matches creations and any update of its table', () => {
    const out = run({
      journey: chain('rc.incident-any', [email('mail')], { reentry: { mode: 'afterExit' } }),
      catalog,
      contacts: [{ id: 'a', email: 'a@x.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'record.changed', { id: 'a' }, { table: 'incident', action: 'created' }),
        rec('2026-03-01T10:00:00Z', 'record.changed', { id: 'a' }, { table: 'incident', action: 'updated' }),
        rec('2026-03-01T11:00:00Z', 'record.changed', { id: 'a' }, { table: 'lead', action: 'updated' }),
      ],
    });
    expect(out.summary.entered).toBe(2);
  });

  it('custom yields its named trigger with the record’s data as trigger attributes', () => {
    const out = run({
      journey: chain('custom.paper', [email('mail')], {}, { attr: 'trigger.paperId', op: 'eq', value: 'p1' }),
      catalog,
      events: [
        rec('2026-03-01T09:00:00Z', 'custom', { email: 'a@x.com' }, { name: 'custom.paper', data: { paperId: 'p1' } }),
        rec('2026-03-01T09:00:00Z', 'custom', { email: 'b@x.com' }, { name: 'custom.paper', data: { paperId: 'p2' } }),
      ],
    });
    expect(out.summary.entered).toBe(1);
  });

  it('a record’s own eventId, sessionId and tile win over the same keys in its data', () => {
    const out = run({
      journey: chain('registration.created', [email('mail')], {}, { attr: 'trigger.eventId', op: 'eq', value: 'real' }),
      events: [rec('2026-03-01T09:00:00Z', 'registration.created', { email: 'a@x.com' }, { eventId: 'real', data: { eventId: 'fake' } })],
    });
    expect(out.summary.entered).toBe(1);
  });

  it('facts are updated before the journey reacts: registered is true for the registration that enters', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'registration.created', where: { fact: 'registered', event: 'trigger' } },
        { id: 'c', kind: 'condition', branches: [{ id: 'both', when: { all: [{ fact: 'registered', event: 'e1' }, { fact: 'registered', event: 'e2' }] } }] },
      ],
      [['entry', 'next', 'c']],
      { reentry: { mode: 'afterExit' } },
    );
    const out = run({
      journey: j,
      events: [
        rec('2026-03-01T09:00:00Z', 'registration.created', { id: 'a', email: 'a@x.com' }, { eventId: 'e1' }),
        rec('2026-03-01T10:00:00Z', 'registration.created', { id: 'a' }, { eventId: 'e2' }),
        rec('2026-03-01T11:00:00Z', 'registration.cancelled', { id: 'a' }, { eventId: 'e1' }),
        rec('2026-03-01T12:00:00Z', 'registration.created', { id: 'a' }, { eventId: 'e2' }),
      ],
    });
    expect(out.tiles.c.ports).toEqual({ both: 1, otherwise: 2 });
  });

  it('email interactions are applied whether or not that email was sent, and set the facts', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        { id: 'mail', kind: 'email', template: 't', subject: 's' },
        { id: 'c', kind: 'condition', branches: [{ id: 'opened', when: { fact: 'emailOpened', tile: 'mail' } }] },
      ],
      [
        ['entry', 'next', 'mail'],
        ['mail', 'next', 'c'],
      ],
    );
    const out = run({
      journey: j,
      contacts: [{ id: 'a', email: 'a@x.com' }],
      events: [rec('2026-03-01T08:00:00Z', 'email.opened', { id: 'a' }, { tile: 'mail' }), rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'a' })],
    });
    expect(out.tiles.c.ports).toEqual({ opened: 1, otherwise: 0 });
  });

  it('a trigger wait on email.opened tests event.tile', () => {
    const j = journey(
      [
        { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
        { id: 'mail', kind: 'email', template: 't', subject: 's' },
        { id: 'w', kind: 'wait', mode: 'trigger', trigger: 'email.opened', where: { attr: 'event.tile', op: 'eq', value: 'mail' }, timeout: 'P1D' },
      ],
      [
        ['entry', 'next', 'mail'],
        ['mail', 'next', 'w'],
      ],
    );
    const out = run({
      journey: j,
      contacts: [{ id: 'a', email: 'a@x.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'a' }),
        rec('2026-03-01T10:00:00Z', 'email.opened', { id: 'a' }, { tile: 'other' }),
        rec('2026-03-01T11:00:00Z', 'email.opened', { id: 'a' }, { tile: 'mail' }),
      ],
    });
    expect(out.tiles.w.ports).toEqual({ triggered: 1, timeout: 0 });
  });
});
