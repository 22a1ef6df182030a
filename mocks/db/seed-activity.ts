import type { CatalogEvent } from '../../src/domain/catalog';
import { formatInstant, localToEpoch, parseInstant } from '../../src/domain/time';
import type { EventRecord } from '../../src/simulator/inputs';
import type { ContactResource } from '../../src/api/list-contacts';
import { seedFor, seedRandom, type SeedRandom } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Slot = { sessionId?: string; start: number; end: number };
type Drafted = { at: number; order: number; record: EventRecord };

function slotsOf(event: CatalogEvent): Slot[] {
  const toMs = (local: string) => localToEpoch(local, event.timeZone)!;
  if (event.sessions && event.sessions.length > 0) {
    return event.sessions.map((s) => ({ sessionId: s.id, start: toMs(s.start), end: toMs(s.end) }));
  }
  return [{ start: toMs(event.start), end: toMs(event.end) }];
}

function contactRef(c: ContactResource, options: { nameOnly?: boolean } = {}): EventRecord['contact'] {
  if (options.nameOnly) return { firstName: c.firstName, lastName: c.lastName };
  return {
    id: c.id,
    ...(c.email ? { email: c.email } : {}),
    firstName: c.firstName,
    lastName: c.lastName,
  };
}

const onlineWithJoinLinks = new Set(['teams-webinar', 'teams-meeting', 'teams-live', 'zoom']);

/** Email tiles of the live sample journey: the launch webinar's activity carries their opens and clicks. */
const launchEmails = { confirm: 'confirm', reminder: 'reminder' } as const;

/**
 * Registrations, duplicates, cancellations, join clicks and check-ins for one event, as the
 * platform records them:
 * - Teams and Zoom: join clicks only (personalised, a few forwarded, a few too early); the
 *   simulator derives the check-ins from them (Teams: end + 4 h; Zoom: next whole UTC hour);
 *   Zoom participants often arrive by display name only, matched by first and last name.
 * - ON24: the attendance sync, as check-ins at end + 4 h.
 * - In person: door scans, as check-ins at the scan.
 */
function eventActivity(event: CatalogEvent, contacts: readonly ContactResource[], random: SeedRandom): EventRecord[] {
  const drafted: Drafted[] = [];
  const add = (at: number, record: Omit<EventRecord, 'at'>) =>
    drafted.push({ at, order: drafted.length, record: { at: formatInstant(at), ...record } as EventRecord });
  const slots = slotsOf(event);
  const created = parseInstant(event.createdAt)!;
  const isZoom = event.format === 'zoom';
  const channels = ['website', 'website', 'email', 'partner', 'social'] as const;

  const registrants = random.sample(contacts, event.id === 'evt-launch' ? 48 : random.int(22, 38));
  const attendees: { contact: ContactResource; slot: Slot }[] = [];
  for (const contact of registrants) {
    const slot = random.pick(slots);
    const base = { eventId: event.id, ...(slot.sessionId ? { sessionId: slot.sessionId } : {}) };
    const latest = slot.start - 2 * HOUR;
    const registeredAt = created + Math.floor(random.next() * (latest - created));
    add(registeredAt, { type: 'registration.created', contact: contactRef(contact), ...base, data: { channel: random.pick(channels) } });
    // Duplicates are real registrations: the platform does not merge them.
    if (random.chance(0.06)) {
      const again = registeredAt + random.int(10, 60 * 24) * MINUTE;
      if (again < latest) add(again, { type: 'registration.created', contact: contactRef(contact), ...base, data: { channel: 'email' } });
    }
    if (random.chance(0.08)) {
      const cancelledAt = registeredAt + Math.floor(random.next() * (slot.start - HOUR - registeredAt));
      add(cancelledAt, { type: 'registration.cancelled', contact: contactRef(contact), ...base });
      continue;
    }
    if (event.id === 'evt-launch') {
      if (random.chance(0.6)) {
        const openedAt = registeredAt + random.int(2, 300) * MINUTE;
        add(openedAt, { type: 'email.opened', contact: contactRef(contact), eventId: event.id, tile: launchEmails.confirm });
        if (random.chance(0.3)) add(openedAt + random.int(1, 20) * MINUTE, { type: 'email.clicked', contact: contactRef(contact), eventId: event.id, tile: launchEmails.confirm });
      }
      if (random.chance(0.5)) {
        const dayBefore = slot.start - 24 * HOUR;
        const openedAt = dayBefore + random.int(10, 600) * MINUTE;
        add(openedAt, { type: 'email.opened', contact: contactRef(contact), eventId: event.id, tile: launchEmails.reminder });
        if (random.chance(0.4)) add(openedAt + random.int(1, 30) * MINUTE, { type: 'email.clicked', contact: contactRef(contact), eventId: event.id, tile: launchEmails.reminder });
      }
    }
    if (random.chance(event.format === 'in-person' ? 0.72 : 0.62)) attendees.push({ contact, slot });
  }

  // People who registered under an address the organisation does not know yet: new contacts.
  for (let n = 1; n <= 2; n += 1) {
    const slot = random.pick(slots);
    const first = random.pick(['Camille', 'Alex', 'Robin', 'Sasha', 'Morgan']);
    const last = random.pick(['Lefèvre', 'Kowalski', 'O’Brien', 'Haddad', 'Lindqvist']);
    const local = `${first}.${last}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase();
    add(created + Math.floor(random.next() * (slot.start - 2 * HOUR - created)), {
      type: 'registration.created',
      contact: { email: `${local}.${event.id.slice(4, 10)}@example.org`, firstName: first, lastName: last },
      eventId: event.id,
      ...(slot.sessionId ? { sessionId: slot.sessionId } : {}),
      data: { channel: 'website' },
    });
  }

  for (const { contact, slot } of attendees) {
    const base = { eventId: event.id, ...(slot.sessionId ? { sessionId: slot.sessionId } : {}) };
    if (event.format === 'in-person') {
      add(slot.start + random.int(-40, 90) * MINUTE, { type: 'checkin.created', contact: contactRef(contact), ...base, data: { gate: random.pick(['A', 'B']) } });
    } else if (event.format === 'on24') {
      // ON24's attendance sync lands after the platform's delay.
      add(slot.end + 4 * HOUR, { type: 'checkin.created', contact: contactRef(contact), ...base, data: { minutesAttended: random.int(5, Math.round((slot.end - slot.start) / MINUTE)) } });
    } else if (onlineWithJoinLinks.has(event.format)) {
      const nameOnly = isZoom && random.chance(0.4);
      if (random.chance(0.08)) {
        // Testing the link hours ahead: ignored by the platform (too early).
        add(slot.start - random.int(150, 300) * MINUTE, { type: 'join.clicked', contact: contactRef(contact, { nameOnly }), ...base, source: 'personalized' });
      }
      const early = event.id === 'evt-spring-briefing' && random.chance(0.25);
      // In the spring briefing, some join 115-119 min ahead: inside the true window, outside the
      // window the platform computes with the pre-DST offset.
      const clickedAt = early ? slot.start - random.int(115, 119) * MINUTE : slot.start + random.int(-25, 15) * MINUTE;
      add(clickedAt, { type: 'join.clicked', contact: contactRef(contact, { nameOnly }), ...base, source: 'personalized' });
    }
  }

  if (onlineWithJoinLinks.has(event.format)) {
    // Colleagues joining from a forwarded email: no check-in for them.
    const outsiders = contacts.filter((c) => !registrants.includes(c));
    for (const colleague of random.sample(outsiders, 2)) {
      const slot = random.pick(slots);
      add(slot.start + random.int(-5, 10) * MINUTE, {
        type: 'join.clicked',
        contact: contactRef(colleague),
        eventId: event.id,
        ...(slot.sessionId ? { sessionId: slot.sessionId } : {}),
        source: 'forwarded',
      });
    }
    if (isZoom && attendees.length > 0) {
      // A late click after the meeting ended (dropped as after-end).
      const { contact, slot } = attendees[0];
      add(slot.end + random.int(5, 30) * MINUTE, { type: 'join.clicked', contact: contactRef(contact), eventId: event.id, source: 'personalized' });
    }
  }

  drafted.sort((a, b) => a.at - b.at || a.order - b.order);
  return drafted.map((d) => d.record);
}

/** Every event's activity, each in instant order. */
export function seedActivity(
  events: readonly CatalogEvent[],
  contacts: readonly ContactResource[],
  seed: number,
): Record<string, EventRecord[]> {
  const out: Record<string, EventRecord[]> = {};
  for (const event of events) out[event.id] = eventActivity(event, contacts, seedRandom(seedFor(event.id, seed)));
  return out;
}
