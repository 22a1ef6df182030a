import type { Catalog, RecordChangeTrigger } from '../domain/catalog';
import { checkinFireTime, readyRecordChangeTriggers, recordChangeMatches, type EventInfo } from './catalog-index';
import type { CompiledJourney, FactStores } from './compile-journey';
import { ContactStore } from './contacts';
import { DroppedKeeper } from './dropped-keeper';
import type { Contact, EventRecord } from './inputs';
import { FactOnFire, JourneyEngine, type FoldSettings } from './journey-engine';
import { judgeJoinClick, spanOf } from './join-rules';
import type { DropReason, LineRecord } from './record-check';
import { ItemKind } from './schedule-heap';
import { Sig } from './signal';

export { Outcome, type FoldSettings, type TraceStep } from './journey-engine';

/**
 * The fold (simulation.md, "Semantics"): records in processing order, each tied to a contact
 * (rule 1), judged (rule 2) and turned into signals (rule 3); scheduled items from a heap keyed
 * (instant, sequence) (rule 7). What a signal does to the journey is the JourneyEngine's.
 */

const TYPE_CODE: Record<string, number> = {
  'registration.created': 1,
  'registration.cancelled': 2,
  'join.clicked': 3,
  'checkin.created': 4,
  'email.opened': 5,
  'email.clicked': 6,
  'contact.created': 7,
  'contact.updated': 8,
  'lead.created': 9,
  'incident.created': 9,
  'opportunity.created': 9,
  'form.submitted': 9,
  'record.changed': 10,
  custom: 11,
};

const UPDATE_SIGNALS: Record<string, string> = {
  email: 'contact.emailUpdated',
  address: 'contact.addressUpdated',
  phone: 'contact.phoneUpdated',
};

export class Fold extends JourneyEngine {
  readonly dropped = new DroppedKeeper(1000);
  private readonly rcTriggers: RecordChangeTrigger[];
  private readonly createdSig: Sig;
  private readonly scratch = new Sig(-1, '', undefined, undefined, undefined, undefined);
  recordsRead = 0;
  recordsApplied = 0;

  constructor(cj: CompiledJourney, catalog: Catalog, given: readonly Contact[], facts: FactStores, settings: FoldSettings) {
    super(cj, catalog, given, facts, settings);
    this.rcTriggers = readyRecordChangeTriggers(catalog);
    this.createdSig = new Sig(this.code('contact.created'), 'contact.created', undefined, undefined, undefined, undefined);
  }

  drop(line: number, reason: DropReason, why?: string): void {
    this.dropped.add(line, reason, why);
  }

  // ---------- the clock ----------

  /** Processes scheduled items due before `limit` (or at it too, when `inclusive`). */
  drain(limit: number, inclusive: boolean): void {
    const heap = this.heap;
    while (heap.size > 0) {
      const t = heap.peekTime();
      if (inclusive ? !(t <= limit) : !(t < limit)) return;
      const slot = heap.pop();
      const kind = heap.kind[slot];
      const c = heap.contact[slot];
      const g = heap.gen[slot];
      // a scheduled signal carries its Sig as payload and, in the gen slot, the fact it sets
      const payload = kind === ItemKind.Signal ? (heap.payload[slot] as Sig) : null;
      this.clock = t;
      if (payload !== null) {
        heap.payload[slot] = undefined;
        this.fireScheduled(c, payload, g, t);
      } else if (this.gen[c] === g && this.inJourney[c] === 1) {
        const tile = this.cj.tiles[this.curTile[c]];
        this.stopWaiting(c, tile.index);
        this.leaveBy(c, tile, kind === ItemKind.WaitDue ? 0 : 1, t);
      }
    }
  }

  private fireScheduled(c: number, sig: Sig, fact: number, now: number): void {
    if (fact === FactOnFire.CheckedIn) this.setFact('checkedIn', sig.eventId, c, true);
    else if (fact === FactOnFire.Opened) this.setFact('emailOpened', sig.tile, c, true);
    else this.setFact('emailClicked', sig.tile, c, true);
    this.react(c, sig, now);
  }

  // ---------- records ----------

  /** A record after `until`: read and counted, dropped when for an unknown event, never applied. */
  skipAfterUntil(lr: LineRecord): void {
    const r = lr.record;
    if (r.type === 'join.clicked' && !this.events.has(r.eventId as string)) {
      this.drop(lr.line, 'unknown-event', `join click for event "${r.eventId}", which is not in the catalog`);
    }
  }

  apply(lr: LineRecord, at: number): void {
    const rec = lr.record;
    this.clock = at;
    this.recordsApplied++;
    const type = TYPE_CODE[rec.type];
    let event: EventInfo | undefined;
    if (type === 3 || type === 4) {
      event = this.events.get(rec.eventId as string);
      if (event === undefined && type === 3) {
        this.drop(lr.line, 'unknown-event', `join click for event "${rec.eventId}", which is not in the catalog`);
        return;
      }
    }
    const strategy = event !== undefined && event.format === 'zoom' ? 'name' : this.settings.matching;
    const c = this.contacts.resolve(rec.contact, strategy);
    if (c < 0) {
      this.drop(lr.line, 'unidentified', ContactStore.unidentifiedWhy(strategy));
      return;
    }
    if (this.contacts.lastCreated) {
      this.ensureCapacity(c + 1);
      if (type !== 7) this.react(c, this.createdSig, at);
    }
    if (type === 1 || type === 2 || type === 4) {
      if (event === undefined && type !== 4) event = this.events.get(rec.eventId as string);
      const eventId = rec.eventId as string;
      const session = this.sessionOf(event, rec.sessionId);
      if (type === 1) this.setFact('registered', eventId, c, true);
      else if (type === 2) this.setFact('registered', eventId, c, false);
      else this.setFact('checkedIn', eventId, c, true);
      this.signal(c, rec.type, rec, eventId, session, at);
      return;
    }
    switch (type) {
      case 3:
        this.joinClick(lr, c, event as EventInfo, at);
        return;
      case 5:
      case 6:
        this.setFact(type === 5 ? 'emailOpened' : 'emailClicked', rec.tile, c, true);
        this.signal(c, rec.type, rec, rec.eventId, this.sessionOf(this.eventOf(rec), rec.sessionId), at);
        return;
      case 8:
        this.contactUpdated(c, rec, at);
        return;
      case 10:
        for (const t of this.rcTriggers) {
          if (recordChangeMatches(t, rec.table as string, rec.action as string, rec.changed)) {
            this.signal(c, t.id, rec, rec.eventId, this.sessionOf(this.eventOf(rec), rec.sessionId), at);
          }
        }
        return;
      case 11:
        this.signal(c, rec.name as string, rec, rec.eventId, this.sessionOf(this.eventOf(rec), rec.sessionId), at);
        return;
      default:
        this.signal(c, rec.type, rec, rec.eventId, this.sessionOf(this.eventOf(rec), rec.sessionId), at);
    }
  }

  private eventOf(rec: EventRecord): EventInfo | undefined {
    return rec.eventId === undefined ? undefined : this.events.get(rec.eventId);
  }

  /** A sessionId that is not a session of the record's event is ignored. */
  private sessionOf(event: EventInfo | undefined, sessionId: string | undefined): string | undefined {
    return sessionId !== undefined && event !== undefined && event.sessions.has(sessionId) ? sessionId : undefined;
  }

  private signal(c: number, trigger: string, rec: EventRecord, eventId: string | undefined, session: string | undefined, at: number): void {
    const code = this.code(trigger);
    if (code < 0) return;
    if (eventId === undefined && typeof rec.data?.eventId === 'string') {
      // A signal carries the eventId of its data when the record has none of its own (a custom or
      // record-change trigger about an event), so "event": "trigger" resolves to it as trigger.eventId does.
      eventId = rec.data.eventId;
      const s = rec.data.sessionId;
      if (session === undefined && typeof s === 'string') session = this.sessionOf(this.events.get(eventId), s);
    }
    if (code === this.cj.entryCode) {
      this.react(c, new Sig(code, trigger, eventId, session, rec.tile, rec.data), at);
      return;
    }
    // Only an entry keeps its signal (as the contact's trigger); any other is read during `react`
    // alone, which never comes back here, so one Sig refilled per record spares an allocation.
    const sig = this.scratch;
    sig.code = code;
    sig.trigger = trigger;
    sig.eventId = eventId;
    sig.sessionId = session;
    sig.tile = rec.tile;
    sig.data = rec.data;
    this.react(c, sig, at);
    sig.data = undefined;
  }

  private contactUpdated(c: number, rec: EventRecord, at: number): void {
    this.contacts.update(c, rec.contact);
    const changed = rec.changed;
    if (!changed) return;
    const seen = new Set<string>();
    for (const name of changed) {
      const trigger = UPDATE_SIGNALS[name];
      if (trigger === undefined || seen.has(name)) continue;
      seen.add(name);
      this.signal(c, trigger, rec, rec.eventId, this.sessionOf(this.eventOf(rec), rec.sessionId), at);
    }
  }

  private joinClick(lr: LineRecord, c: number, event: EventInfo, at: number): void {
    const rec = lr.record;
    const session = this.sessionOf(event, rec.sessionId);
    const span = spanOf(event, session);
    const verdict = judgeJoinClick(event, span, at, rec.source, this.settings.platformMode);
    if (!verdict.ok) {
      this.drop(lr.line, verdict.reason, verdict.why);
      return;
    }
    const sig = new Sig(this.code('checkin.created'), 'checkin.created', event.id, session, rec.tile, rec.data);
    if (event.format === 'in-person') {
      this.setFact('checkedIn', event.id, c, true);
      this.react(c, sig, at);
      return;
    }
    const fire = checkinFireTime(event, span, at, this.settings.checkinDelay);
    this.heap.push(fire, ItemKind.Signal, c, FactOnFire.CheckedIn, sig);
  }
}
