import { describe, expect, it } from 'vitest';
import { describeDuration, summarizeTile } from './tile-summary';

describe('the one-line summary of a tile', () => {
  it('says how long a wait lasts', () => {
    expect(summarizeTile({ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' })).toBe('Wait 1 day');
    expect(describeDuration('P1DT2H30M')).toBe('1 day 2 hours 30 minutes');
  });

  it('says when an event-relative wait ends', () => {
    expect(
      summarizeTile({ id: 'w', kind: 'wait', mode: 'until', until: { event: 'trigger', anchor: 'start', offset: '-P1D' } }),
    ).toBe('Until 1 day before the event starts');
    expect(summarizeTile({ id: 'w', kind: 'wait', mode: 'until', until: { event: 'evt-a', anchor: 'end' } })).toBe('Until evt-a ends');
  });

  it('names the trigger and the event it is pinned to', () => {
    expect(
      summarizeTile({ id: 't', kind: 'trigger', trigger: 'registration.created', where: { attr: 'trigger.eventId', op: 'eq', value: 'evt-launch' } }),
    ).toBe('Registration created · evt-launch');
  });

  it('counts the branches of a condition', () => {
    const when = { attr: 'contact.email', op: 'exists' } as const;
    expect(summarizeTile({ id: 'c', kind: 'condition', branches: [{ id: 'a', when }, { id: 'b', when }] })).toBe('2 branches');
  });

  it('describes a trigger wait with its timeout', () => {
    expect(
      summarizeTile({ id: 'w', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout: { event: 'trigger', anchor: 'end', offset: 'PT6H' } }),
    ).toBe('Wait for Check-in created, until 6 hours after the event ends');
  });
});
