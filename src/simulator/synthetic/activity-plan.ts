import type { Catalog } from '../../domain/catalog';
import { localToEpoch } from '../../domain/time';
import type { ActivityRates, EmailTiles } from './activity-options';
import { createPrng, deriveSeed, type Prng } from './prng';

// One contact's activity as a list of record plans, derived only from (seed, contact index):
// the NDJSON stream re-derives a contact once per time phase instead of holding it in memory.
// Every random draw happens whatever the phase filter, so the draws (and thus the output) do
// not depend on which phase is being emitted.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The platform's check-in window opens this long before the start. */
const WINDOW = 120 * MINUTE;

export interface Window {
  id?: string;
  start: number;
  end: number;
}

export interface PlannedEvent {
  id: string;
  zoom: boolean;
  /** The event itself, or each of its sessions. */
  windows: Window[];
  firstStart: number;
  /** Index of the event's time phase (1 + its rank by start). */
  phase: number;
}

export type Who = 'self' | 'self-case' | 'zoom' | 'zoom-variant' | 'outsider';

export interface PlannedRecord {
  phase: number;
  at: number;
  type: 'registration.created' | 'registration.cancelled' | 'join.clicked' | 'email.opened' | 'email.clicked' | 'contact.updated';
  who: Who;
  eventId?: string;
  sessionId?: string;
  source?: 'personalized' | 'forwarded';
  tile?: string;
  /** Which forwarded click of this contact (keeps outsiders distinct). */
  outsider?: number;
  channel?: string;
  phone?: string;
}

export interface PlanContext {
  seed: number;
  events: PlannedEvent[];
  rates: ActivityRates;
  tiles: EmailTiles;
  registrationFrom: number;
  registrationUntil: number;
  /** Contacts in the run; spreads first registrations evenly over the registration window. */
  contacts: number;
}

const channels = ['website', 'email', 'partner', 'social'] as const;

export function planEvents(catalog: Catalog): PlannedEvent[] {
  const events = catalog.events.map((event) => {
    const spans = event.sessions && event.sessions.length > 0 ? event.sessions : [event];
    const windows = spans.map((s) => ({
      id: s === event ? undefined : (s as { id: string }).id,
      start: mustLocal(s.start, event.timeZone, event.id),
      end: mustLocal(s.end, event.timeZone, event.id),
    }));
    return { id: event.id, zoom: event.format === 'zoom', windows, firstStart: Math.min(...windows.map((w) => w.start)), phase: 0 };
  });
  [...events].sort((a, b) => a.firstStart - b.firstStart).forEach((e, rank) => { e.phase = rank + 1; });
  return events;
}

function mustLocal(local: string, zone: string, eventId: string): number {
  const at = localToEpoch(local, zone);
  if (at === null) throw new Error(`Event ${eventId}: "${local}" is not a valid local time in ${zone}.`);
  return at;
}

/**
 * Plans contact `index`. Calls `emit` for the records of `phase` (all records when `phase` is
 * -1) with their position in the contact's full list, and returns how many records it has.
 */
export function planContact(
  ctx: PlanContext,
  index: number,
  phase: number,
  emit: (record: PlannedRecord, position: number) => void,
): number {
  const p = createPrng(deriveSeed(ctx.seed, index));
  const r = ctx.rates;
  const push = new Sink(phase, emit);

  const span = ctx.registrationUntil - ctx.registrationFrom;
  const firstAt = ctx.registrationFrom + Math.floor(((index + p.next()) / Math.max(1, ctx.contacts)) * span);
  const registrations = p.chance(r.secondEvent) && ctx.events.length > 1 ? 2 : 1;
  const firstEvent = p.int(ctx.events.length);
  let secondEvent = p.int(ctx.events.length - 1);
  if (secondEvent >= firstEvent) secondEvent += 1;

  if (p.chance(r.contactUpdate)) {
    const at = firstAt + Math.floor(p.between(HOUR, 5 * DAY));
    const phone = `+1555${String(p.int(10_000_000)).padStart(7, '0')}`;
    push.add({ phase: 0, at, type: 'contact.updated', who: 'self', phone });
  }

  for (let k = 0; k < registrations; k += 1) {
    const event = ctx.events[k === 0 ? firstEvent : secondEvent];
    const window = event.windows[p.int(event.windows.length)];
    const latest = event.firstStart - 26 * HOUR;
    const at = k === 0 ? firstAt : Math.max(firstAt + MINUTE, Math.min(latest, firstAt + Math.floor(p.between(HOUR, 3 * DAY))));
    const sessionId = window.id;
    const channel = p.pick(channels);
    push.add({ phase: 0, at, type: 'registration.created', who: 'self', eventId: event.id, sessionId, channel });
    if (p.chance(r.duplicate)) {
      const dupAt = at + Math.floor(p.between(2 * MINUTE, 3 * HOUR));
      push.add({ phase: 0, at: dupAt, type: 'registration.created', who: 'self-case', eventId: event.id, sessionId, channel });
    }
    interactions(p, r, ctx.tiles.onRegistration, at + Math.floor(p.between(MINUTE, 36 * HOUR)), 0, push);

    const cancelled = p.chance(r.cancellation);
    const cancelAt = at + Math.floor(p.between(HOUR, 7 * DAY));
    if (cancelled) {
      push.add({ phase: 0, at: Math.min(cancelAt, window.start - 3 * HOUR), type: 'registration.cancelled', who: 'self', eventId: event.id, sessionId });
    }

    // Event period. Drawn whether or not the contact cancelled, so the draws stay aligned.
    const ph = event.phase;
    const tooEarly = p.chance(r.tooEarly);
    const tooEarlyAt = window.start - WINDOW - Math.floor(p.between(5 * MINUTE, 2 * DAY));
    const tooEarlyWho = clicker(event.zoom, p.next(), r);
    const forwarded = p.chance(r.forwarded);
    const forwardedAt = window.start + Math.floor(p.between(-30 * MINUTE, 30 * MINUTE));
    const attends = !p.chance(r.noShow);
    const length = window.end - window.start;
    // Most join around the start; a few come in early (inside the window) or late.
    const joinOffset = p.chance(0.05) ? -Math.floor(p.between(30 * MINUTE, WINDOW - MINUTE)) : Math.floor(p.between(-20 * MINUTE, Math.min(30 * MINUTE, length - MINUTE)));
    const joinWho = clicker(event.zoom, p.next(), r);
    const rejoin = p.chance(r.rejoin);
    const rejoinAt = Math.floor(p.between(2 * MINUTE, Math.max(3 * MINUTE, length * 0.8)));
    const afterEnd = p.chance(r.afterEnd);
    const afterEndAt = window.end + Math.floor(p.between(MINUTE, 2 * HOUR));
    const afterEndWho = clicker(event.zoom, p.next(), r);

    if (!cancelled) {
      interactions(p, r, ctx.tiles.dayBefore, event.firstStart - DAY + Math.floor(p.between(MINUTE, 20 * HOUR)), ph, push);
      if (tooEarly) push.add({ phase: ph, at: tooEarlyAt, type: 'join.clicked', who: tooEarlyWho, eventId: event.id, sessionId, source: 'personalized' });
      if (forwarded) push.add({ phase: ph, at: forwardedAt, type: 'join.clicked', who: 'outsider', outsider: k, eventId: event.id, sessionId, source: 'forwarded' });
      if (attends) {
        const joinAt = Math.min(window.end - MINUTE, window.start + joinOffset);
        push.add({ phase: ph, at: joinAt, type: 'join.clicked', who: joinWho, eventId: event.id, sessionId, source: 'personalized' });
        if (rejoin) push.add({ phase: ph, at: Math.min(window.end, joinAt + rejoinAt), type: 'join.clicked', who: joinWho, eventId: event.id, sessionId, source: 'personalized' });
      }
      if (afterEnd) push.add({ phase: ph, at: afterEndAt, type: 'join.clicked', who: afterEndWho, eventId: event.id, sessionId, source: 'personalized' });
      const followUp = attends ? ctx.tiles.attended : ctx.tiles.missed;
      interactions(p, r, followUp, window.end + Math.floor(p.between(4 * HOUR, 2 * DAY)), ph, push);
    } else {
      // Same number of draws as the branch above, so a contact's second registration does not
      // change when only the cancellation rate does.
      interactionDraws(p);
      interactionDraws(p);
    }
  }
  return push.position;
}

/** Passes on the records of one phase with their position in the contact's full list. */
class Sink {
  position = 0;

  constructor(
    private readonly phase: number,
    private readonly emit: (record: PlannedRecord, position: number) => void,
  ) {}

  add(record: PlannedRecord): void {
    if (this.phase === -1 || record.phase === this.phase) this.emit(record, this.position);
    this.position += 1;
  }
}

function clicker(zoom: boolean, variantDraw: number, r: ActivityRates): Who {
  if (!zoom) return 'self';
  return variantDraw < r.zoomNameVariant ? 'zoom-variant' : 'zoom';
}

function interactionDraws(p: Prng): [number, number, number, number, number] {
  return [p.next(), p.next(), p.next(), p.next(), p.next()];
}

/** An email's opens (with a possible re-open) and click, at `at` onwards. */
function interactions(
  p: Prng,
  r: ActivityRates,
  tile: string | null | undefined,
  at: number,
  phase: number,
  push: Sink,
): void {
  const [open, reopen, click, reopenDelay, clickDelay] = interactionDraws(p);
  if (!tile || open >= r.emailOpen) return;
  push.add({ phase, at, type: 'email.opened', who: 'self', tile });
  const clickAt = at + Math.floor(10_000 + clickDelay * 10 * MINUTE);
  if (click < r.emailClick) push.add({ phase, at: clickAt, type: 'email.clicked', who: 'self', tile });
  if (reopen < r.reopen) push.add({ phase, at: clickAt + Math.floor(reopenDelay * 2 * DAY), type: 'email.opened', who: 'self', tile });
}
