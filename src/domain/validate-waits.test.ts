import { describe, expect, it } from 'vitest';
import type { Journey, Tile } from './journey-schema';
import { webinarCatalog, webinarJourney } from './testing/sample-journeys';
import { validateJourney } from './validate';

const withWait = (wait: Record<string, unknown>): Journey => {
  const j = webinarJourney();
  j.tiles.push({ id: 'w', label: 'Reminder delay', kind: 'wait', ...wait } as Tile);
  j.edges.push({ id: 'ew', from: 'thanks', port: 'next', to: 'w' });
  if (wait.mode === 'trigger') {
    j.edges.push({ id: 'ew2', from: 'w', port: 'triggered', to: 'replay' });
    j.edges.push({ id: 'ew3', from: 'w', port: 'timeout', to: 'replay' });
  }
  return j;
};
const invalid = (wait: Record<string, unknown>) =>
  validateJourney(withWait(wait), { catalog: webinarCatalog() }).filter((f) => f.code === 'wait-invalid');

describe('wait-invalid', () => {
  it.each([
    ['zero duration', { mode: 'duration', duration: 'PT0S' }, 'tiles[6].duration'],
    ['negative duration', { mode: 'duration', duration: '-P1D' }, 'tiles[6].duration'],
    ['malformed duration', { mode: 'duration', duration: '2 hours' }, 'tiles[6].duration'],
    ['fractional day', { mode: 'duration', duration: 'P1.5D' }, 'tiles[6].duration'],
    ['impossible local time', { mode: 'until', until: { at: '2026-02-30T09:00' } }, 'tiles[6].until.at'],
    ['malformed local time', { mode: 'until', until: { at: 'tomorrow' } }, 'tiles[6].until.at'],
    ['malformed offset', { mode: 'until', until: { event: 'evt-web', anchor: 'start', offset: '-1 day' } }, 'tiles[6].until.offset'],
    ['no timeout', { mode: 'trigger', trigger: 'form.submitted' }, 'tiles[6].timeout'],
    ['zero timeout', { mode: 'trigger', trigger: 'form.submitted', timeout: 'P0D' }, 'tiles[6].timeout'],
  ])('reports a %s', (_name, wait, path) => {
    const found = invalid(wait);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ tile: 'w', path, severity: 'error' });
  });

  it('says in plain words that a wait without timeout waits forever', () => {
    expect(invalid({ mode: 'trigger', trigger: 'form.submitted' })[0].message).toBe(
      "The wait 'Reminder delay' has no timeout: contacts would wait forever.",
    );
  });

  it.each([
    ['positive duration', { mode: 'duration', duration: 'P1DT0.5S' }],
    ['valid local time', { mode: 'until', until: { at: '2026-02-28T09:00' } }],
    ['negative offset', { mode: 'until', until: { event: 'evt-web', anchor: 'start', offset: '-P1D' } }],
    ['duration timeout', { mode: 'trigger', trigger: 'form.submitted', timeout: 'P7D' }],
    ['event timeout', { mode: 'trigger', trigger: 'form.submitted', timeout: { event: 'evt-web', anchor: 'end' } }],
  ])('accepts a %s', (_name, wait) => {
    expect(invalid(wait)).toEqual([]);
  });

  it('checks the re-entry cooldown too', () => {
    const j = { ...webinarJourney(), reentry: { mode: 'afterExit' as const, cooldown: 'P0D' } };
    expect(validateJourney(j, { catalog: webinarCatalog() })).toMatchObject([{ code: 'wait-invalid', path: 'reentry.cooldown' }]);
    const ok = { ...webinarJourney(), reentry: { mode: 'afterExit' as const, cooldown: 'P7D' } };
    expect(validateJourney(ok, { catalog: webinarCatalog() })).toEqual([]);
  });
});
