import type { EventRecord } from '../inputs';
import { benchEmailTiles, defaultRates, type ActivityOptions } from './activity-options';
import { planContact, planEvents, type PlanContext, type PlannedRecord } from './activity-plan';
import { generateCatalog } from './generate-catalog';
import { outsiderEmail, personName, type PersonName } from './names';
import { deriveSeed } from './prng';

const DAY = 86_400_000;
/** Lines per NDJSON chunk: big enough to amortise the join, small enough to stream. */
const CHUNK_LINES = 4096;

interface Run {
  ctx: PlanContext;
  contacts: number;
  /** How many records the last contact keeps (all when Infinity). */
  lastLimit: number;
  zoomEvents: Set<string>;
  phases: number;
}

function prepare(opts: ActivityOptions): Run {
  const catalog = opts.catalog ?? generateCatalog(opts.seed);
  const events = planEvents(catalog);
  if (events.length === 0) throw new Error('The catalog has no events to register for.');
  const firstStart = Math.min(...events.map((e) => e.firstStart));
  const registrationUntil = opts.registrationUntil ?? firstStart - 2 * DAY;
  const registrationFrom = opts.registrationFrom ?? registrationUntil - 42 * DAY;
  const ctx: PlanContext = {
    seed: opts.seed,
    events,
    rates: { ...defaultRates, ...opts.rates },
    tiles: { ...benchEmailTiles, ...opts.emailTiles },
    registrationFrom,
    registrationUntil,
    contacts: 1,
  };
  let contacts = opts.contacts ?? 1000;
  let lastLimit = Infinity;
  if (opts.records !== undefined) {
    // Counts do not depend on the registration times, so they can be taken before the
    // number of contacts (which spreads those times) is known.
    const ignore = (): void => {};
    let total = 0;
    contacts = 0;
    while (total < opts.records) {
      const n = planContact(ctx, contacts, -2, ignore);
      contacts += 1;
      if (total + n >= opts.records) lastLimit = opts.records - total;
      total += n;
    }
  }
  ctx.contacts = contacts;
  return { ctx, contacts, lastLimit, zoomEvents: new Set(catalog.events.filter((e) => e.format === 'zoom').map((e) => e.id)), phases: events.length + 1 };
}

function consentFalse(run: Run, index: number): boolean {
  return deriveSeed(run.ctx.seed ^ 0x5bd1e995, index) / 4294967296 < run.ctx.rates.consentFalse;
}

function caseVariant(email: string, index: number): string {
  return index % 2 === 0 ? email.toUpperCase() : email.charAt(0).toUpperCase() + email.slice(1);
}

/** Same person to the spec's name matching (trim, lower-case), different characters. */
function nameVariant(name: string, style: number): string {
  switch (style % 4) {
    case 0: return name.toLowerCase();
    case 1: return name.toUpperCase();
    case 2: return `  ${name} `;
    default: return ` ${name.toLowerCase()}`;
  }
}

let cachedIndex = -1;
let cachedPerson: PersonName | null = null;

/** A contact's records come one after another, so its name is worked out once for them. */
function personOf(index: number): PersonName {
  if (index !== cachedIndex || cachedPerson === null) {
    cachedPerson = personName(index);
    cachedIndex = index;
  }
  return cachedPerson;
}

function toRecord(run: Run, index: number, plan: PlannedRecord): EventRecord {
  const person = personOf(index);
  let contact: Record<string, unknown>;
  switch (plan.who) {
    case 'self':
      contact = plan.type === 'registration.created'
        ? { email: person.email, firstName: person.firstName, lastName: person.lastName, ...(consentFalse(run, index) ? { consent: false } : {}) }
        : plan.type === 'contact.updated' ? { email: person.email, phone: plan.phone } : { email: person.email };
      break;
    case 'self-case':
      contact = { email: caseVariant(person.email, index), firstName: person.firstName, lastName: person.lastName };
      break;
    case 'zoom':
      contact = { firstName: person.firstName, lastName: person.lastName };
      break;
    case 'zoom-variant':
      contact = { firstName: nameVariant(person.firstName, index), lastName: nameVariant(person.lastName, index + (plan.at % 3)) };
      break;
    case 'outsider': {
      const n = index * 2 + (plan.outsider ?? 0);
      contact = plan.eventId !== undefined && run.zoomEvents.has(plan.eventId)
        ? { firstName: 'Guest', lastName: `Colleague ${n}` }
        : { email: outsiderEmail(n) };
      break;
    }
  }
  const record: Record<string, unknown> = { at: new Date(plan.at).toISOString(), type: plan.type, contact };
  if (plan.eventId !== undefined) record.eventId = plan.eventId;
  if (plan.sessionId !== undefined) record.sessionId = plan.sessionId;
  if (plan.source !== undefined) record.source = plan.source;
  if (plan.tile !== undefined) record.tile = plan.tile;
  if (plan.type === 'contact.updated') record.changed = ['phone'];
  if (plan.channel !== undefined) record.data = { channel: plan.channel };
  return record as EventRecord;
}

/**
 * The records in output order: time phases (the registration period, then each event's period
 * in start order), within a phase contacts in index order. First registrations rise with the
 * contact index, so the log is roughly in time order (no line more than about ten days behind an
 * earlier one: late cancellations, re-opened emails), not sorted: the simulator must sort it.
 */
export function* iterateActivity(opts: ActivityOptions): Generator<EventRecord> {
  const run = prepare(opts);
  const batch: EventRecord[] = [];
  let index = 0;
  let limit = Infinity;
  // One callback for the whole run: it reads the current contact from the loop's variables.
  const emit = (plan: PlannedRecord, position: number): void => {
    if (position < limit) batch.push(toRecord(run, index, plan));
  };
  for (let phase = 0; phase < run.phases; phase += 1) {
    for (index = 0; index < run.contacts; index += 1) {
      limit = index === run.contacts - 1 ? run.lastLimit : Infinity;
      planContact(run.ctx, index, phase, emit);
      for (const record of batch) yield record;
      batch.length = 0;
    }
  }
}

/** Synthetic registration and attendance activity for `generateCatalog`-style catalogs; see `ActivityOptions`. */
export function generateActivity(opts: ActivityOptions): EventRecord[] {
  return Array.from(iterateActivity(opts));
}

/**
 * The same records as NDJSON text, in chunks of whole lines each ending with a newline, so a
 * million-record log can be written or fed to a reader without building the records twice.
 */
export function* generateNdjson(opts: ActivityOptions): Iterable<string> {
  let lines: string[] = [];
  for (const record of iterateActivity(opts)) {
    lines.push(JSON.stringify(record));
    if (lines.length === CHUNK_LINES) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
