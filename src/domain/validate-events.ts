import { checkinAppearsAt, isOnlineFormat, type Catalog, type CatalogEvent } from './catalog';
import { capitalize, formatName, offsetWords, tileName } from './describe';
import { collectEventReferences, entryAllowedEvents } from './event-references';
import { finding, type Finding } from './findings';
import type { Journey, Tile } from './journey-schema';
import { eventRelativeInstant, formatWallClock, isValidZone, localToEpoch, offsetMinutesAt, parseDuration, parseInstant } from './time';

/** The warnings that need the event catalog: check-in waits that give up too early, DST windows. */

type EventCatalog = Pick<Catalog, 'events'>;

function usableEvent(e: CatalogEvent): boolean {
  return isValidZone(e.timeZone) && localToEpoch(e.start, e.timeZone) !== null && localToEpoch(e.end, e.timeZone) !== null;
}

const when = (ms: number, zone: string): string => formatWallClock(ms, zone);

export function checkinWaitFindings(journey: Journey, entry: Tile | undefined, catalog: EventCatalog): Finding[] {
  const findings: Finding[] = [];
  const allowed = entry && entry.kind === 'trigger' ? entryAllowedEvents(entry.where) : null;
  for (const tile of journey.tiles) {
    if (tile.kind !== 'wait' || tile.mode !== 'trigger' || tile.trigger !== 'checkin.created') continue;
    const timeout = tile.timeout;
    if (timeout === undefined || typeof timeout === 'string') continue;
    if (timeout.offset !== undefined && parseDuration(timeout.offset) === null) continue; // wait-invalid already
    const fromTrigger = timeout.event === 'trigger';
    const events = fromTrigger
      ? catalog.events.filter((e) => allowed === null || allowed.includes(e.id))
      : catalog.events.filter((e) => e.id === timeout.event).slice(0, 1);
    let problem: string | null = null;
    for (const event of events) {
      if (problem !== null) break;
      if (!isOnlineFormat(event.format) || !usableEvent(event)) continue;
      const spans = event.sessions && event.sessions.length > 0 ? event.sessions : [event];
      for (const span of spans) {
        const end = localToEpoch(span.end, event.timeZone);
        if (end === null) continue;
        const appears = checkinAppearsAt(event.format, end, event.timeZone);
        const anchorLocal = fromTrigger ? span[timeout.anchor] : event[timeout.anchor];
        const gives = eventRelativeInstant(anchorLocal, event.timeZone, timeout.offset ?? null);
        if (appears === null || gives === null || gives > appears) continue;
        const sessionWords = span === event ? '' : ` (session '${'name' in span && span.name ? span.name : span.id}')`;
        const delayWords = event.format === 'zoom' ? 'at the first whole hour (UTC) after it ends' : '4 hours after it ends';
        problem =
          `${capitalize(tileName(tile))} stops waiting on ${when(gives, event.timeZone)} (${event.timeZone}), but check-ins for ` +
          `'${event.name || event.id}'${sessionWords}, a ${formatName(event.format)}, only appear ${delayWords}, on ` +
          `${when(appears, event.timeZone)}: attendees would be treated as no-shows. Make the timeout later.`;
        break;
      }
    }
    if (problem !== null) findings.push(finding('checkin-wait-too-short', problem, { tile: tile.id }));
  }
  return findings;
}

/** An online event whose UTC offset at creation differs from the one at its start (or a session's). */
function dstShift(event: CatalogEvent): { created: number; start: number } | null {
  if (!isOnlineFormat(event.format) || !usableEvent(event)) return null;
  const createdAt = parseInstant(event.createdAt);
  if (createdAt === null) return null;
  const created = offsetMinutesAt(createdAt, event.timeZone);
  const starts = [event.start, ...(event.sessions ?? []).map((s) => s.start)];
  for (const local of starts) {
    const at = localToEpoch(local, event.timeZone);
    if (at === null) continue;
    const start = offsetMinutesAt(at, event.timeZone);
    if (start !== created) return { created, start };
  }
  return null;
}

export function dstFindings(journey: Journey, entry: Tile | undefined, catalog: EventCatalog): Finding[] {
  const shifted = catalog.events
    .map((event) => ({ event, shift: dstShift(event) }))
    .filter((x): x is { event: CatalogEvent; shift: { created: number; start: number } } => x.shift !== null);
  if (shifted.length === 0) return [];
  const refs = collectEventReferences(journey, entry, catalog);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const message = (event: CatalogEvent, shift: { created: number; start: number }, who: string): string =>
    `${who} refers to '${event.name || event.id}', a ${formatName(event.format)} whose clock changes between its creation ` +
    `(${offsetWords(shift.created)}) and its start (${offsetWords(shift.start)}): the platform may misjudge its ` +
    `120-minute check-in window, so join clicks close to that limit may be wrongly accepted or ignored.`;
  journey.tiles.forEach((tile, i) => {
    for (const { event, shift } of shifted) {
      if (reported.has(event.id) || !refs.byTile[i].has(event.id)) continue;
      reported.add(event.id);
      findings.push(finding('dst-checkin-window', message(event, shift, capitalize(tileName(tile))), { tile: tile.id }));
    }
  });
  for (const { path, events } of refs.byPath) {
    for (const { event, shift } of shifted) {
      if (reported.has(event.id) || !events.has(event.id)) continue;
      reported.add(event.id);
      const who = path.startsWith('goal') ? 'The goal' : 'An exit rule of the journey';
      findings.push(finding('dst-checkin-window', message(event, shift, who), { path }));
    }
  }
  return findings;
}
