import type { Catalog, RecordChangeTrigger } from '../domain/catalog';
import { checkinFireTime, readyRecordChangeTriggers, recordChangeMatches, type EventInfo } from './catalog-index';
import type { CompiledJourney, FactStores } from './compile-journey';
import { ContactStore } from './contacts';
import { DroppedKeeper } from './dropped-keeper';
import { recordTypes, type Contact } from './inputs';
import { FactOnFire, JourneyEngine, Outcome, type FoldSettings } from './journey-engine';
import { describeJoinDrop, judgeJoinClick, spanOf } from './join-rules';
import type { DropReason } from './record-check';
import { Source, TypeCode, type RecordBatch, type Strings } from './record-batch';
import { ItemKind } from './schedule-heap';
import { Sig } from './signal';
import { describeTimeUp } from './trace-why';

export { Outcome, type FoldSettings, type TraceStep } from './journey-engine';

/**
 * The fold (simulation.md, "Semantics"): records in processing order, each tied to a contact
 * (rule 1), judged (rule 2) and turned into signals (rule 3); scheduled items from a heap keyed
 * (instant, sequence) (rule 7). What a signal does to the journey is the JourneyEngine's.
 */

const T = TypeCode;

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

  /** Per record type code, the code of the signal the journey knows it by (-1: it does not listen). */
  private readonly typeSignal: Int32Array;
  /** Events by string id (null: not in the catalog), filled as ids are met. */
  private eventCache: (EventInfo | null | undefined)[] = [];

  constructor(cj: CompiledJourney, catalog: Catalog, strings: Strings, given: readonly Contact[], facts: FactStores, settings: FoldSettings) {
    super(cj, catalog, strings, given, facts, settings);
    this.rcTriggers = readyRecordChangeTriggers(catalog);
    this.createdSig = new Sig(this.code('contact.created'), 'contact.created', undefined, undefined, undefined, undefined);
    this.typeSignal = Int32Array.from(recordTypes, (t) => this.code(t));
  }

  drop(line: number, reason: DropReason, why?: string | (() => string)): void {
    this.dropped.add(line, reason, why);
  }

  // ---------- the clock ----------

  /** Processes scheduled items due before `limit` (or at it too, when `inclusive`). */
  drain(limit: number, inclusive: boolean): void {
    const heap = this.heap;
    while (heap.size > 0) {
      const t = heap.peekTime();
      if (inclusive ? !(t <= limit) : !(t < limit)) return;
      heap.pop();
      const kind = heap.poppedKind;
      const c = heap.poppedContact;
      const g = heap.poppedGen;
      // a scheduled signal carries its Sig as payload and, in its gen, the fact it sets
      const payload = kind === ItemKind.Signal ? (heap.takePayload() as Sig) : null;
      this.clock = t;
      if (payload !== null) {
        this.fireScheduled(c, payload, g);
      } else if (this.gen[c] === g && this.outcome[c] === Outcome.InProgress) {
        const tile = this.cj.tiles[this.curTile[c]];
        if (this.settings.trace) this.why(c, describeTimeUp(tile, tile.triggerId, t, this.cj.zone));
        this.stopWaiting(c, tile.index);
        this.leaveBy(c, tile, kind === ItemKind.WaitDue ? 0 : 1);
      }
    }
  }

  private fireScheduled(c: number, sig: Sig, fact: number): void {
    if (fact === FactOnFire.CheckedIn) this.setFact('checkedIn', sig.eventId, c, true);
    else if (fact === FactOnFire.Opened) this.setFact('emailOpened', sig.tile, c, true);
    else this.setFact('emailClicked', sig.tile, c, true);
    this.react(c, sig);
  }

  // ---------- records ----------

  private eventAt(id: number): EventInfo | undefined {
    if (id < 0) return undefined;
    let e = this.eventCache[id];
    if (e === undefined) e = this.eventCache[id] = this.events.get(this.strings.list[id]) ?? null;
    return e ?? undefined;
  }

  private unknownEventWhy(b: RecordBatch, r: number): string {
    return `join click for event "${b.str(b.event[r])}", which is not in the catalog`;
  }

  /** A record after `until`: read and counted, dropped when for an unknown event, never applied. */
  skipAfterUntil(b: RecordBatch, r: number): void {
    if (b.type[r] === T['join.clicked'] && this.eventAt(b.event[r]) === undefined) this.drop(b.line[r], 'unknown-event', () => this.unknownEventWhy(b, r));
  }

  apply(b: RecordBatch, r: number): void {
    this.clock = b.at[r];
    this.recordsApplied++;
    const type = b.type[r];
    let event: EventInfo | undefined;
    if (type === T['join.clicked'] || type === T['checkin.created']) {
      event = this.eventAt(b.event[r]);
      if (event === undefined && type === T['join.clicked']) {
        this.drop(b.line[r], 'unknown-event', () => this.unknownEventWhy(b, r));
        return;
      }
    }
    const strategy = event !== undefined && event.format === 'zoom' ? 'name' : this.settings.matching;
    const c = this.contacts.resolve(b, r, strategy);
    if (c < 0) {
      this.drop(b.line[r], 'unidentified', ContactStore.unidentifiedWhy(strategy));
      return;
    }
    if (this.contacts.lastCreated) {
      this.ensureCapacity(c + 1);
      if (type !== T['contact.created']) this.react(c, this.createdSig);
    }
    switch (type) {
      case T['registration.created']:
      case T['registration.cancelled']:
      case T['checkin.created']: {
        if (event === undefined) event = this.eventAt(b.event[r]);
        const eventId = b.strings.list[b.event[r]];
        const kind = type === T['checkin.created'] ? 'checkedIn' : 'registered';
        this.setFact(kind, eventId, c, type !== T['registration.cancelled']);
        this.signal(c, this.typeSignal[type], recordTypes[type], b, r, eventId, this.sessionOf(event, b, r));
        return;
      }
      case T['join.clicked']:
        this.joinClick(b, r, c, event as EventInfo);
        return;
      case T['email.opened']:
      case T['email.clicked']:
        this.setFact(type === T['email.opened'] ? 'emailOpened' : 'emailClicked', b.str(b.tile[r]), c, true);
        break;
      case T['contact.updated']:
        this.contactUpdated(c, b, r);
        return;
      case T['record.changed']: {
        const rec = b.record(r);
        for (const t of this.rcTriggers) {
          if (recordChangeMatches(t, rec.table as string, rec.action as string, rec.changed)) this.recordSignal(c, this.code(t.id), t.id, b, r);
        }
        return;
      }
      case T.custom: {
        const name = b.strings.list[b.name[r]];
        this.recordSignal(c, this.code(name), name, b, r);
        return;
      }
    }
    this.recordSignal(c, this.typeSignal[type], recordTypes[type], b, r);
  }

  /** A sessionId that is not a session of the record's event is ignored. */
  private sessionOf(event: EventInfo | undefined, b: RecordBatch, r: number): string | undefined {
    const s = b.session[r];
    if (s < 0 || event === undefined) return undefined;
    const sessionId = b.strings.list[s];
    return event.sessions.has(sessionId) ? sessionId : undefined;
  }

  /** The signal of a record whose event (if any) is only an attribute. */
  private recordSignal(c: number, code: number, trigger: string, b: RecordBatch, r: number): void {
    if (code < 0) return;
    this.signal(c, code, trigger, b, r, b.str(b.event[r]), this.sessionOf(this.eventAt(b.event[r]), b, r));
  }

  private signal(c: number, code: number, trigger: string, b: RecordBatch, r: number, eventId: string | undefined, session: string | undefined): void {
    if (code < 0) return;
    const data = b.data[r];
    if (eventId === undefined && typeof data?.eventId === 'string') {
      // A signal carries the eventId of its data when the record has none of its own (a custom or
      // record-change trigger about an event), so "event": "trigger" resolves to it as trigger.eventId does.
      eventId = data.eventId;
      const s = data.sessionId;
      const event = this.events.get(eventId);
      if (session === undefined && typeof s === 'string' && event !== undefined && event.sessions.has(s)) session = s;
    }
    // Only an entry keeps its signal (its fields are copied into the contact's entry columns), and
    // no signal is read after `react` returns, so one Sig refilled per record spares an allocation.
    const sig = this.scratch;
    sig.code = code;
    sig.trigger = trigger;
    sig.eventId = eventId;
    sig.sessionId = session;
    sig.tile = b.str(b.tile[r]);
    sig.data = data;
    this.react(c, sig);
    sig.data = undefined;
  }

  private contactUpdated(c: number, b: RecordBatch, r: number): void {
    this.contacts.update(c, b.contact(r));
    const changed = b.rest[r]?.changed;
    if (!changed) return;
    const seen = new Set<string>();
    for (const name of changed) {
      const trigger = UPDATE_SIGNALS[name];
      if (trigger === undefined || seen.has(name)) continue;
      seen.add(name);
      this.recordSignal(c, this.code(trigger), trigger, b, r);
    }
  }

  private joinClick(b: RecordBatch, r: number, c: number, event: EventInfo): void {
    const at = this.clock;
    const session = this.sessionOf(event, b, r);
    const span = spanOf(event, session);
    const source = b.source[r] === Source.Personalized ? 'personalized' : 'forwarded';
    const platform = this.settings.platformMode;
    const dropped = judgeJoinClick(event, span, at, source, platform);
    if (dropped !== null) {
      this.drop(b.line[r], dropped, () => describeJoinDrop(event, span, at, dropped, platform));
      return;
    }
    const sig = new Sig(this.code('checkin.created'), 'checkin.created', event.id, session, b.str(b.tile[r]), b.data[r]);
    if (event.format === 'in-person') {
      this.setFact('checkedIn', event.id, c, true);
      this.react(c, sig);
      return;
    }
    const fire = checkinFireTime(event, span, at, this.settings.checkinDelay);
    this.heap.push(fire, ItemKind.Signal, c, FactOnFire.CheckedIn, sig);
  }
}
