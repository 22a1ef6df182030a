import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogEvent } from './catalog';
import type { Journey, Tile } from './journey-schema';
import { webinarCatalog, webinarJourney } from './testing/sample-journeys';
import { validateJourney } from './validate';

type TriggerWait = Extract<Tile, { mode: 'trigger' }>;

const zoomEvent: CatalogEvent = {
  id: 'evt-zoom',
  name: 'Partner briefing',
  format: 'zoom',
  timeZone: 'Asia/Kolkata',
  createdAt: '2026-03-01T12:00:00+05:30',
  start: '2026-04-15T17:00',
  end: '2026-04-15T18:30',
};

const withTimeout = (timeout: TriggerWait['timeout'], patch: (j: Journey) => void = () => {}): Journey => {
  const j = webinarJourney();
  (j.tiles[3] as TriggerWait).timeout = timeout;
  patch(j);
  return j;
};
const findingsOf = (j: Journey, code: string, catalog: Catalog = webinarCatalog()) =>
  validateJourney(j, { catalog }).filter((f) => f.code === code);

describe('checkin-wait-too-short', () => {
  it('warns when a Teams wait times out at or before end + 4 h', () => {
    const f = findingsOf(withTimeout({ event: 'trigger', anchor: 'end', offset: 'PT4H' }), 'checkin-wait-too-short');
    expect(f).toMatchObject([{ tile: 'await-checkin', severity: 'warning' }]);
    expect(f[0].message).toContain('Product webinar');
    expect(findingsOf(withTimeout({ event: 'evt-web', anchor: 'end', offset: 'PT1H' }), 'checkin-wait-too-short')).toHaveLength(1);
  });
  it('is quiet when the timeout is after the check-ins appear, or is a plain duration', () => {
    expect(findingsOf(withTimeout({ event: 'trigger', anchor: 'end', offset: 'PT4H1M' }), 'checkin-wait-too-short')).toEqual([]);
    expect(findingsOf(withTimeout('PT1H'), 'checkin-wait-too-short')).toEqual([]);
  });
  it('Zoom check-ins appear at the first whole UTC hour after the end', () => {
    const catalog = { events: [zoomEvent] };
    const onZoom = (offset: string) => withTimeout({ event: 'evt-zoom', anchor: 'end', offset });
    // end 13:00Z, check-ins at 14:00Z
    expect(findingsOf(onZoom('PT1H'), 'checkin-wait-too-short', catalog)).toHaveLength(1);
    expect(findingsOf(onZoom('PT1H1M'), 'checkin-wait-too-short', catalog)).toEqual([]);
  });
  it('skips in-person events and events missing from the catalog', () => {
    const catalog = { events: [{ ...webinarCatalog().events[0], format: 'in-person' as const }] };
    expect(findingsOf(withTimeout({ event: 'trigger', anchor: 'end' }), 'checkin-wait-too-short', catalog)).toEqual([]);
    expect(findingsOf(withTimeout({ event: 'evt-ghost', anchor: 'end' }), 'checkin-wait-too-short')).toEqual([]);
  });
  it('"trigger" considers only the events the entry allows, or every event without narrowing', () => {
    const catalog = { events: [...webinarCatalog().events, zoomEvent] };
    const short = { event: 'trigger', anchor: 'start' as const, offset: 'PT3H' };
    // evt-web: start + 3 h = 21:00 Paris < end + 4 h = 23:00: too short in both cases
    expect(findingsOf(withTimeout(short), 'checkin-wait-too-short', catalog)).toHaveLength(1);
    const zoomOnly = withTimeout({ event: 'trigger', anchor: 'end', offset: 'PT1H' }, (j) => {
      j.tiles[0] = { id: 'entry', kind: 'trigger', trigger: 'registration.created', where: { attr: 'trigger.eventId', op: 'eq', value: 'evt-web' } };
    });
    expect(findingsOf(zoomOnly, 'checkin-wait-too-short', catalog)).toHaveLength(1);
    const enough = withTimeout({ event: 'trigger', anchor: 'end', offset: 'PT5H' }, (j) => {
      j.tiles[0] = { id: 'entry', kind: 'trigger', trigger: 'registration.created', where: { attr: 'trigger.eventId', op: 'eq', value: 'evt-web' } };
    });
    // the Zoom event would be fine too, but the Teams one is the only one allowed
    expect(findingsOf(enough, 'checkin-wait-too-short', catalog)).toEqual([]);
  });
  it('checks each session: from the session with "trigger", from the event with its id', () => {
    const series: CatalogEvent = {
      ...webinarCatalog().events[0],
      start: '2026-03-10T18:00',
      end: '2026-03-12T19:00',
      sessions: [
        { id: 's1', start: '2026-03-10T18:00', end: '2026-03-10T19:00' },
        { id: 's2', start: '2026-03-12T18:00', end: '2026-03-12T19:00' },
      ],
    };
    const catalog = { events: [series] };
    expect(findingsOf(withTimeout({ event: 'trigger', anchor: 'end', offset: 'PT5H' }), 'checkin-wait-too-short', catalog)).toEqual([]);
    // from the event's start + 2 days: after s1's check-ins (10 March 23:00) but before s2's (12 March 23:00)
    expect(findingsOf(withTimeout({ event: 'evt-web', anchor: 'start', offset: 'P2D' }), 'checkin-wait-too-short', catalog)).toHaveLength(1);
    expect(findingsOf(withTimeout({ event: 'evt-web', anchor: 'start', offset: 'P3D' }), 'checkin-wait-too-short', catalog)).toEqual([]);
  });
});

describe('dst-checkin-window', () => {
  const acrossChange = (patch: Partial<CatalogEvent> = {}): Catalog => ({
    events: [{ ...webinarCatalog().events[0], start: '2026-03-30T18:00', end: '2026-03-30T19:00', ...patch }],
  });
  it('warns once per online event whose offset changes between creation and start, on the first tile referring to it', () => {
    const f = findingsOf(webinarJourney(), 'dst-checkin-window', acrossChange());
    expect(f).toMatchObject([{ tile: 'entry', severity: 'warning' }]);
    expect(f[0].message).toContain('UTC+01:00');
    expect(f[0].message).toContain('UTC+02:00');
  });
  it('is quiet for in-person events and for changes that cancel out', () => {
    expect(findingsOf(webinarJourney(), 'dst-checkin-window', acrossChange({ format: 'in-person' }))).toEqual([]);
    expect(findingsOf(webinarJourney(), 'dst-checkin-window', acrossChange({ start: '2026-11-30T18:00', end: '2026-11-30T19:00' }))).toEqual([]);
    expect(findingsOf(webinarJourney(), 'dst-checkin-window', webinarCatalog())).toEqual([]);
  });
  it('checks each session start', () => {
    const catalog = acrossChange({
      start: '2026-03-20T18:00',
      sessions: [
        { id: 's1', start: '2026-03-20T18:00', end: '2026-03-20T19:00' },
        { id: 's2', start: '2026-03-30T18:00', end: '2026-03-30T19:00' },
      ],
    });
    expect(findingsOf(webinarJourney(), 'dst-checkin-window', catalog)).toHaveLength(1);
  });
  it('a reference only from an exit rule gives a finding without a tile', () => {
    const j = webinarJourney();
    j.tiles[0] = { id: 'entry', kind: 'trigger', trigger: 'form.submitted' };
    (j.tiles[2] as Extract<Tile, { kind: 'email' }>).event = undefined;
    delete (j.tiles[2] as Extract<Tile, { kind: 'email' }>).event;
    (j.tiles[3] as TriggerWait).timeout = 'P1D';
    delete (j.tiles[3] as TriggerWait).where;
    j.exitWhen = [{ trigger: 'registration.cancelled', where: { not: { attr: 'event.eventId', op: 'in', value: ['evt-web'] } } }];
    const f = findingsOf(j, 'dst-checkin-window', acrossChange());
    expect(f).toEqual([expect.objectContaining({ path: 'exitWhen[0].where' })]);
    expect(f[0].tile).toBeUndefined();
  });
  it('several events on one tile follow the catalog order; "trigger" without narrowing means every event', () => {
    const second: CatalogEvent = { ...zoomEvent, id: 'evt-z2', timeZone: 'Europe/Paris', createdAt: '2026-01-05T10:00:00+01:00', start: '2026-07-01T10:00', end: '2026-07-01T11:00' };
    const catalog = { events: [second, acrossChange().events[0]] };
    const j = webinarJourney();
    j.tiles[0] = { id: 'entry', kind: 'trigger', trigger: 'registration.created' };
    (j.tiles[2] as Extract<Tile, { kind: 'email' }>).event = 'trigger';
    const f = findingsOf(j, 'dst-checkin-window', catalog);
    expect(f.map((x) => x.tile)).toEqual(['join', 'join']);
    expect(f[0].message).toContain('Partner briefing');
    expect(f[1].message).toContain('Product webinar');
  });
});
