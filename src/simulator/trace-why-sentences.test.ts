import { describe, expect, it } from 'vitest';
import { chain, email, rec, run } from './testing/sim-kit';

/** Output: each notable trace step says why, in the journey's time zone, for an analyst. */

const form = (at: string) => rec(at, 'form.submitted', { id: 'a', email: 'a@x.com' });

describe('why sentences on trace steps', () => {
  it('the entry step names the signal that let the contact in, and says when it entered again', () => {
    const j = chain('form.submitted', [email('mail')], { timeZone: 'Europe/Paris', reentry: { mode: 'afterExit' } });
    const out = run({ journey: j, events: [form('2026-03-01T09:00:00Z'), form('2026-03-02T09:00:00Z')], options: { trace: true } });
    const entries = out.contacts?.[0].path.filter((s) => s.tile === 'entry').map((s) => s.why);
    expect(entries).toEqual(['entered on form.submitted at 1 Mar 2026 10:00 Europe/Paris', 'entered again on form.submitted at 2 Mar 2026 10:00 Europe/Paris']);
  });

  it('a timed wait says it waited until its due time once the contact moves on', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }, email('mail')], { timeZone: 'Europe/Paris' });
    const out = run({ journey: j, events: [form('2026-03-01T09:00:00Z')], options: { trace: true } });
    expect(out.contacts?.[0].path[1]).toMatchObject({ tile: 'w', port: 'next', why: 'waited until 2 Mar 2026 10:00 Europe/Paris, then moved on' });
  });

  it('a trigger wait that times out says which trigger never came', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout: 'PT2H' }], { timeZone: 'Europe/Paris' });
    const out = run({ journey: j, events: [form('2026-03-01T09:00:00Z')], options: { trace: true } });
    expect(out.contacts?.[0].path[1]).toMatchObject({ tile: 'w', port: 'timeout', why: 'timed out at 1 Mar 2026 12:00 Europe/Paris: no checkin.created arrived before' });
  });

  it('a contact still waiting keeps the sentence of what it waits for', () => {
    const j = chain('form.submitted', [{ id: 'w', kind: 'wait', mode: 'duration', duration: 'P1D' }], { timeZone: 'Europe/Paris' });
    const out = run({ journey: j, events: [form('2026-03-01T09:00:00Z')], options: { trace: true, until: '2026-03-01T12:00:00Z' } });
    expect(out.contacts?.[0].path[1].why).toBe('waits until 2 Mar 2026 10:00 Europe/Paris');
  });
});
