import type { EventStats } from '../../src/api/list-events';
import type { CatalogEvent } from '../../src/domain/catalog';
import { localToEpoch, parseInstant } from '../../src/domain/time';
import type { EventRecord } from '../../src/simulator/inputs';

const WINDOW_MS = 120 * 60_000;

function contactKey(record: EventRecord): string {
  const c = record.contact;
  if (c.id) return `id:${c.id}`;
  if (c.email) return `email:${c.email.toLowerCase()}`;
  return `name:${(c.firstName ?? '').trim().toLowerCase()}|${(c.lastName ?? '').trim().toLowerCase()}`;
}

/**
 * Counts for the events screen. A join click counts as a check-in the way the platform decides
 * (personalised link, not earlier than 120 min before the start of its session or event, not after
 * its end); the simulator remains the authority on when check-ins appear.
 */
export function eventStats(event: CatalogEvent, activity: readonly EventRecord[]): EventStats {
  const slot = (sessionId: string | undefined) => {
    const session = sessionId ? event.sessions?.find((s) => s.id === sessionId) : undefined;
    const source = session ?? event;
    return { start: localToEpoch(source.start, event.timeZone)!, end: localToEpoch(source.end, event.timeZone)! };
  };
  let registrations = 0;
  let cancellations = 0;
  let joinClicks = 0;
  const registered = new Map<string, boolean>();
  const checkedIn = new Set<string>();
  for (const record of activity) {
    const key = contactKey(record);
    switch (record.type) {
      case 'registration.created':
        registrations += 1;
        registered.set(key, true);
        break;
      case 'registration.cancelled':
        cancellations += 1;
        registered.set(key, false);
        break;
      case 'checkin.created':
        checkedIn.add(key);
        break;
      case 'join.clicked': {
        joinClicks += 1;
        const at = parseInstant(record.at)!;
        const { start, end } = slot(record.sessionId);
        if (record.source === 'personalized' && at >= start - WINDOW_MS && at <= end) checkedIn.add(key);
        break;
      }
      default:
        break;
    }
  }
  return {
    registrations,
    cancellations,
    registered: [...registered.values()].filter(Boolean).length,
    joinClicks,
    checkIns: checkedIn.size,
  };
}
