import { describe, expect, it } from 'vitest';
import { chain, email, event, rec, run } from './testing/sim-kit';

const entry = chain('registration.created', [email('mail')]);

describe('identity: matching by name and by email and name (rule 1)', () => {
  it('matches first and last name after trim() and toLowerCase(), whatever the email', () => {
    const out = run({
      journey: entry,
      contacts: [{ id: 'jean', firstName: 'Jean', lastName: 'Dupont', email: 'j@a.fr' }],
      events: [rec('2026-03-01T09:00:00Z', 'registration.created', { firstName: '  JEAN\t', lastName: 'dupont ', email: 'other@b.fr' }, { eventId: 'e' })],
      options: { matching: 'name', trace: true },
    });
    expect(out.summary.contacts).toBe(1);
    expect(out.contacts?.map((c) => c.id)).toEqual(['jean']);
  });

  it('needs both names for name matching', () => {
    const out = run({
      journey: entry,
      events: [rec('2026-03-01T09:00:00Z', 'registration.created', { firstName: 'Jean', email: 'j@a.fr' }, { eventId: 'e' })],
      options: { matching: 'name' },
    });
    expect(out.dropped.unidentified).toBe(1);
  });

  it('with emailAndName, needs all three to match and all three to be named', () => {
    const out = run({
      journey: entry,
      contacts: [{ id: 'rui', firstName: 'Rui', lastName: 'Costa', email: 'rui@x.com' }],
      events: [
        rec('2026-03-01T09:00:00Z', 'registration.created', { firstName: 'rui', lastName: 'COSTA', email: 'RUI@x.com' }, { eventId: 'e' }),
        rec('2026-03-01T10:00:00Z', 'registration.created', { firstName: 'Rui', lastName: 'Silva', email: 'rui@x.com' }, { eventId: 'e' }),
        rec('2026-03-01T11:00:00Z', 'registration.created', { firstName: 'Rui', email: 'rui@x.com' }, { eventId: 'e' }),
      ],
      options: { matching: 'emailAndName', trace: true },
    });
    expect(out.contacts?.map((c) => c.id)).toEqual(['new-1', 'rui']);
    expect(out.dropped.unidentified).toBe(1);
  });

  it('matches Zoom join clicks and check-ins by name whatever the strategy', () => {
    const zoom = event('z', 'zoom', '2026-04-15T11:00', '2026-04-15T12:00');
    const out = run({
      journey: chain('checkin.created', [email('thanks')]),
      catalog: { events: [zoom] },
      contacts: [{ id: 'anya', firstName: 'Anya', lastName: 'Rao', email: 'anya@x.com' }],
      events: [
        rec('2026-04-15T10:30:00Z', 'join.clicked', { firstName: ' anya ', lastName: 'RAO', email: 'else@y.com' }, { eventId: 'z', source: 'personalized' }),
        rec('2026-04-15T10:40:00Z', 'checkin.created', { firstName: 'Anya', lastName: 'Rao' }, { eventId: 'z' }),
      ],
      options: { trace: true },
    });
    expect(out.summary.contacts).toBe(1);
    expect(out.summary.entered).toBe(1);
    expect(out.dropped.unidentified).toBe(0);
  });

  it('still prefers a known contact.id for Zoom records', () => {
    const zoom = event('z', 'zoom', '2026-04-15T11:00', '2026-04-15T12:00');
    const out = run({
      journey: chain('checkin.created', [email('thanks')]),
      catalog: { events: [zoom] },
      contacts: [{ id: 'c1', email: 'a@x.com' }],
      events: [rec('2026-04-15T10:40:00Z', 'checkin.created', { id: 'c1' }, { eventId: 'z' })],
      options: { trace: true },
    });
    expect(out.contacts?.map((c) => c.id)).toEqual(['c1']);
  });
});
