import { describe, expect, it } from 'vitest';
import { chain, email, event, rec, run } from './testing/sim-kit';

/** Rule 8 with `until`: the clock stops; contacts still waiting are inProgress and counted on their tile. */

const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }, email('mail')]);
const form = (at: string, id: string) => rec(at, 'form.submitted', { id, email: `${id}@x.com` });

describe('until', () => {
  it('processes everything up to and including until, and reports the rest as in progress', () => {
    const out = run({
      journey: j,
      events: [form('2026-03-01T09:00:00Z', 'a'), form('2026-03-02T09:00:00Z', 'b')],
      options: { until: '2026-03-02T09:00:00Z', trace: true },
    });
    // a's wait is due at exactly until: processed. b entered at until: still waiting.
    expect(out.summary).toMatchObject({ entered: 2, completed: 1, inProgress: 1 });
    expect(out.tiles.w).toMatchObject({ entered: 2, ports: { next: 1 }, waiting: 1 });
    expect(out.contacts?.find((c) => c.id === 'b')).toEqual({
      id: 'b',
      outcome: 'inProgress',
      path: [
        { tile: 'entry', at: '2026-03-02T09:00:00.000Z', port: 'next', why: expect.stringMatching(/^entered on form.submitted at 2 Mar 2026 /) },
        expect.objectContaining({ tile: 'w', at: '2026-03-02T09:00:00.000Z' }),
      ],
    });
    expect(out.contacts?.find((c) => c.id === 'b')?.path[1].port).toBeUndefined();
  });

  it('reads records after until and counts them, dropping invalid and unknown-event ones, without applying them', () => {
    const out = run({
      journey: j,
      catalog: { events: [event('e', 'in-person', '2026-03-05T09:00', '2026-03-05T10:00')] },
      events: [
        form('2026-03-01T09:00:00Z', 'a'),
        form('2026-03-05T09:00:00Z', 'late'),
        { at: 'nope', type: 'form.submitted', contact: { id: 'x' } },
        rec('2026-03-05T09:00:00Z', 'join.clicked', { email: 'g@x.com' }, { eventId: 'ghost', source: 'personalized' }),
        rec('2026-03-05T09:00:00Z', 'join.clicked', { email: 'f@x.com' }, { eventId: 'e', source: 'forwarded' }),
        rec('2026-03-05T09:00:00Z', 'form.submitted', {}),
      ],
      options: { until: '2026-03-03T00:00:00Z' },
    });
    expect(out.summary).toMatchObject({ records: 6, dropped: 2, contacts: 1, entered: 1 });
    expect(out.droppedRecords.map((d) => [d.line, d.reason])).toEqual([
      [3, 'invalid'],
      [4, 'unknown-event'],
    ]);
  });

  it('without until the run ends when nothing is left, so nobody is in progress', () => {
    const out = run({ journey: j, events: [form('2026-03-01T09:00:00Z', 'a')] });
    expect(out.summary).toMatchObject({ entered: 1, completed: 1, inProgress: 0 });
  });
});
