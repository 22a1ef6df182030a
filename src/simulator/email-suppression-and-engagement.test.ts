import { describe, expect, it } from 'vitest';
import { journey, rec, run } from './testing/sim-kit';

/** Rule 5 (email tiles) and the what-if engagement option. */

const j = journey(
  [
    { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
    { id: 'mail', kind: 'email', template: 't', subject: 's' },
    { id: 'w', kind: 'wait', mode: 'trigger', trigger: 'email.opened', where: { attr: 'event.tile', op: 'eq', value: 'mail' }, timeout: 'P1D' },
    { id: 'c', kind: 'condition', branches: [{ id: 'sent', when: { fact: 'emailSent', tile: 'mail' } }] },
  ],
  [
    ['entry', 'next', 'mail'],
    ['mail', 'next', 'w'],
    ['w', 'timeout', 'c'],
  ],
);
const forms = (n: number) => Array.from({ length: n }, (_, i) => rec('2026-03-01T09:00:00Z', 'form.submitted', { id: `c${String(i).padStart(3, '0')}`, email: `c${i}@x.com` }));

describe('email tiles', () => {
  it('counts an email to a contact without an email or with consent false as suppressed, and goes on without sending it', () => {
    const out = run({
      journey: j,
      contacts: [{ id: 'noemail' }, { id: 'noconsent', email: 'n@x.com', consent: false }, { id: 'ok', email: 'ok@x.com', consent: true }],
      events: ['noemail', 'noconsent', 'ok'].map((id) => rec('2026-03-01T09:00:00Z', 'form.submitted', { id })),
      options: { trace: true },
    });
    expect(out.tiles.mail).toMatchObject({ entered: 3, ports: { next: 3 }, suppressed: 2 });
    expect(out.tiles.c.ports).toEqual({ sent: 1, otherwise: 2 });
    expect(out.contacts?.find((c) => c.id === 'noconsent')?.path[1].why).toMatch(/consent/);
  });
});

describe('what-if engagement', () => {
  it('draws opens with the seeded generator when the email is sent: same seed, same output', () => {
    const options = { engagement: { mail: { open: 0.5, click: 0.1, delay: 'PT2H' } }, seed: 7 };
    const a = run({ journey: j, events: forms(200), options });
    const b = run({ journey: j, events: forms(200), options });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const opened = a.tiles.w.ports.triggered;
    expect(opened).toBeGreaterThan(70);
    expect(opened).toBeLessThan(130);
  });

  it('gives different draws for another seed', () => {
    const a = run({ journey: j, events: forms(200), options: { engagement: { mail: { open: 0.5, click: 0 } }, seed: 1 } });
    const b = run({ journey: j, events: forms(200), options: { engagement: { mail: { open: 0.5, click: 0 } }, seed: 2 } });
    expect(a.tiles.w.ports.triggered).not.toBe(b.tiles.w.ports.triggered);
  });

  it('schedules the interactions at send time + delay (in the journey zone)', () => {
    const out = run({
      journey: j,
      events: forms(1),
      options: { engagement: { mail: { open: 1, click: 0, delay: 'PT2H' } }, trace: true },
    });
    expect(out.contacts?.[0].path.map((s) => `${s.tile}:${s.port}`)).toEqual(['entry:next', 'mail:next', 'w:triggered']);
    expect(out.summary.completed).toBe(1);
  });

  it('draws no engagement for a suppressed email', () => {
    const out = run({
      journey: j,
      contacts: [{ id: 'x', consent: false, email: 'x@x.com' }],
      events: [rec('2026-03-01T09:00:00Z', 'form.submitted', { id: 'x' })],
      options: { engagement: { mail: { open: 1, click: 1 } } },
    });
    expect(out.tiles.w.ports).toEqual({ triggered: 0, timeout: 1 });
  });
});
