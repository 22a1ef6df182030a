import type { Catalog } from '../domain/catalog';
import type { RecordChangeTrigger } from '../domain/catalog';
import { addDuration, type Duration } from '../domain/time';
import { checkinFireTime, indexEvents, readyRecordChangeTriggers, recordChangeMatches, type EventInfo } from './catalog-index';
import { K, type CompiledJourney, type CTile, type Env, type FactStores } from './compile-journey';
import { ContactStore } from './contacts';
import { DroppedKeeper } from './dropped-keeper';
import type { Contact, EventRecord, MatchingStrategy } from './inputs';
import { judgeJoinClick, spanOf } from './join-rules';
import type { Random } from './prng';
import type { DropReason, LineRecord } from './record-check';
import { ItemKind, ScheduleHeap } from './schedule-heap';
import { Sig } from './signal';
import { describeDue, describeRelUnresolved, describeSuppressed } from './trace-why';

/**
 * The fold (simulation.md, "Semantics"): records in processing order, each tied to a contact and
 * applied; scheduled items from a heap keyed (instant, sequence). Per-contact state lives in
 * typed arrays indexed by contact number; per-tile and per-port figures in typed counters.
 */

export type TraceStep = { tile: string; at: number; port?: string; why?: string };

export type FoldSettings = {
  matching: MatchingStrategy;
  checkinDelay: Duration;
  platformMode: boolean;
  until: number;
  trace: boolean;
  random: Random;
};

export const Outcome = { None: 0, InProgress: 1, Completed: 2, Exited: 3 } as const;

/** Which fact a scheduled signal sets when it fires. */
const FactOnFire = { CheckedIn: 1, Opened: 2, Clicked: 3 } as const;
type ScheduledSignal = { sig: Sig; fact: number };

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

export class Fold {
  readonly contacts: ContactStore;
  readonly events: Map<string, EventInfo>;
  readonly heap = new ScheduleHeap();
  readonly dropped = new DroppedKeeper(1000);
  private readonly rcTriggers: RecordChangeTrigger[];
  private readonly env: Env = { c: 0, id: '', attrs: {}, trigger: null, event: null };
  private readonly createdSig: Sig;

  // per contact
  private cap = 0;
  inJourney = new Uint8Array(0);
  curTile = new Int32Array(0);
  gen = new Int32Array(0);
  entries = new Int32Array(0);
  goalHit = new Uint8Array(0);
  outcome = new Uint8Array(0);
  lastLeave = new Float64Array(0);
  entrySig: (Sig | null)[] = [];
  paths: TraceStep[][] = [];

  // per tile and port
  readonly tileEntered: Int32Array;
  readonly tileExited: Int32Array;
  readonly tileWaiting: Int32Array;
  readonly tileSuppressed: Int32Array;
  readonly tileUnresolved: Int32Array;
  readonly portCounts: Int32Array;

  recordsRead = 0;
  recordsApplied = 0;
  entered = 0;
  completed = 0;
  exited = 0;
  goalReached = 0;
  /** The instant reached: the last record applied or scheduled item processed. */
  clock = -Infinity;

  constructor(
    readonly cj: CompiledJourney,
    catalog: Catalog,
    given: readonly Contact[],
    readonly facts: FactStores,
    readonly settings: FoldSettings,
  ) {
    this.events = indexEvents(catalog);
    this.rcTriggers = readyRecordChangeTriggers(catalog);
    const strategies = new Set<MatchingStrategy>([settings.matching]);
    for (const e of this.events.values()) if (e.format === 'zoom') strategies.add('name');
    this.contacts = new ContactStore(given, [...strategies]);
    const n = cj.tiles.length;
    this.tileEntered = new Int32Array(n);
    this.tileExited = new Int32Array(n);
    this.tileWaiting = new Int32Array(n);
    this.tileSuppressed = new Int32Array(n);
    this.tileUnresolved = new Int32Array(n);
    this.portCounts = new Int32Array(cj.portCount);
    this.createdSig = new Sig(this.code('contact.created'), 'contact.created', undefined, undefined, undefined, undefined);
    this.ensureCapacity(this.contacts.size);
  }

  private code(trigger: string): number {
    return this.cj.codes.get(trigger) ?? -1;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(1024, this.cap * 2, n);
    const grow = <T extends Uint8Array | Int32Array | Float64Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.inJourney = grow(this.inJourney, new Uint8Array(cap));
    this.curTile = grow(this.curTile, new Int32Array(cap).fill(-1));
    this.gen = grow(this.gen, new Int32Array(cap));
    this.entries = grow(this.entries, new Int32Array(cap));
    this.goalHit = grow(this.goalHit, new Uint8Array(cap));
    this.outcome = grow(this.outcome, new Uint8Array(cap));
    this.lastLeave = grow(this.lastLeave, new Float64Array(cap));
    this.cap = cap;
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
      const payload = kind === ItemKind.Signal ? (heap.payload[slot] as ScheduledSignal) : null;
      this.clock = t;
      if (payload !== null) {
        heap.payload[slot] = undefined;
        this.fireScheduled(c, payload, t);
      } else if (this.gen[c] === g && this.inJourney[c] === 1) {
        const tile = this.cj.tiles[this.curTile[c]];
        this.stopWaiting(c, tile.index);
        this.leaveBy(c, tile, kind === ItemKind.WaitDue ? 0 : 1, t);
      }
    }
  }

  private fireScheduled(c: number, s: ScheduledSignal, now: number): void {
    const sig = s.sig;
    if (s.fact === FactOnFire.CheckedIn) this.setFact('checkedIn', sig.eventId, c, true);
    else if (s.fact === FactOnFire.Opened) this.setFact('emailOpened', sig.tile, c, true);
    else this.setFact('emailClicked', sig.tile, c, true);
    this.react(c, sig, now);
  }

  private setFact(kind: keyof FactStores, key: string | undefined, c: number, value: boolean): void {
    if (key !== undefined && this.cj.usesFacts[kind]) this.facts[kind].set(key, c, value);
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
    this.react(c, new Sig(code, trigger, eventId, session, rec.tile, rec.data), at);
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
    this.heap.push(fire, ItemKind.Signal, c, 0, { sig, fact: FactOnFire.CheckedIn } satisfies ScheduledSignal);
  }

  // ---------- the journey ----------

  private setEnv(c: number, trigger: Sig | null, event: Sig | null): Env {
    const env = this.env;
    env.c = c;
    env.id = this.contacts.ids[c];
    env.attrs = this.contacts.attrs[c];
    env.trigger = trigger;
    env.event = event;
    return env;
  }

  /** One signal applied to its contact: goal, exit triggers, the trigger wait, then entry (rule 4). */
  react(c: number, sig: Sig, now: number): void {
    const code = sig.code;
    if (code < 0) return;
    const cj = this.cj;
    if (this.inJourney[c] === 1) {
      const env = this.setEnv(c, this.entrySig[c], sig);
      if (code === cj.goalCode && this.goalHit[c] === 0 && (cj.goalWhere === null || cj.goalWhere(env))) {
        this.goalHit[c] = 1;
        this.goalReached++;
      }
      for (let i = 0; i < cj.exitWhen.length; i++) {
        const x = cj.exitWhen[i];
        if (x.code === code && (x.where === null || x.where(env))) {
          this.exitFromWait(c, now, sig.trigger);
          break;
        }
      }
      if (this.inJourney[c] === 1) {
        const tile = cj.tiles[this.curTile[c]];
        if (tile.kind === K.WaitTrigger && tile.trigger === code && (tile.where === null || tile.where(env))) {
          this.stopWaiting(c, tile.index);
          this.leaveBy(c, tile, 0, now);
        }
      }
    }
    if (code === cj.entryCode) this.tryEnter(c, sig, now);
  }

  private tryEnter(c: number, sig: Sig, now: number): void {
    const cj = this.cj;
    if (this.inJourney[c] === 1 || cj.entry < 0) return;
    if (now < cj.activeFrom || now >= cj.activeUntil) return;
    if (this.entries[c] > 0) {
      if (cj.reentryNever) return;
      if (cj.cooldown !== null && now < addDuration(this.lastLeave[c], cj.cooldown, cj.zone)) return;
    }
    if (cj.entryWhere !== null && !cj.entryWhere(this.setEnv(c, sig, sig))) return;
    this.inJourney[c] = 1;
    this.entries[c]++;
    this.goalHit[c] = 0;
    this.outcome[c] = Outcome.InProgress;
    this.entrySig[c] = sig;
    this.entered++;
    this.arrive(c, cj.entry, now);
  }

  /** Moves the contact through tiles at `now` until it waits or leaves the journey (rule 5). */
  private arrive(c: number, t: number, now: number): void {
    const cj = this.cj;
    const trace = this.settings.trace;
    for (;;) {
      const tile = cj.tiles[t];
      this.tileEntered[t]++;
      if (trace) (this.paths[c] ??= []).push({ tile: tile.id, at: now });
      if (t === cj.goalTile && this.goalHit[c] === 0) {
        this.goalHit[c] = 1;
        this.goalReached++;
      }
      let port = 0;
      switch (tile.kind) {
        case K.Email:
          this.sendEmail(c, tile, now);
          break;
        case K.Condition: {
          const env = this.setEnv(c, this.entrySig[c], null);
          const n = tile.branches.length;
          port = n;
          for (let i = 0; i < n; i++) {
            if (tile.branches[i](env)) {
              port = i;
              break;
            }
          }
          break;
        }
        case K.WaitDuration:
          this.wait(c, tile, addDuration(now, tile.duration as Duration, cj.zone), ItemKind.WaitDue);
          return;
        case K.WaitUntilAt:
          if (!(tile.atMs < now)) {
            this.wait(c, tile, tile.atMs, ItemKind.WaitDue);
            return;
          }
          break;
        case K.WaitUntilEvent: {
          const due = this.relTime(c, tile);
          if (due === null) {
            this.tileUnresolved[t]++;
            if (trace) this.why(c, describeRelUnresolved(tile, this.entrySig[c]));
          } else if (!(due < now)) {
            this.wait(c, tile, due, ItemKind.WaitDue);
            return;
          }
          break;
        }
        case K.WaitTrigger: {
          port = 1;
          const due = tile.duration !== null ? addDuration(now, tile.duration, cj.zone) : tile.rel !== null ? this.relTime(c, tile) : null;
          if (due === null) {
            this.tileUnresolved[t]++;
            if (trace) this.why(c, describeRelUnresolved(tile, this.entrySig[c]));
          } else if (!(due < now)) {
            this.wait(c, tile, due, ItemKind.WaitTimeout);
            return;
          }
          break;
        }
        case K.Exit:
          this.tileExited[t]++;
          this.leaveJourney(c, now, Outcome.Exited);
          return;
      }
      const next = this.passPort(c, tile, port);
      if (next < 0) {
        this.leaveJourney(c, now, Outcome.Completed);
        return;
      }
      t = next;
    }
  }

  private why(c: number, text: string): void {
    const path = this.paths[c];
    if (path && path.length > 0) path[path.length - 1].why = text;
  }

  private passPort(c: number, tile: CTile, port: number): number {
    this.portCounts[tile.portBase + port]++;
    if (this.settings.trace) {
      const path = this.paths[c];
      path[path.length - 1].port = tile.ports[port];
    }
    return tile.next[port];
  }

  private leaveBy(c: number, tile: CTile, port: number, now: number): void {
    const next = this.passPort(c, tile, port);
    if (next < 0) this.leaveJourney(c, now, Outcome.Completed);
    else this.arrive(c, next, now);
  }

  private wait(c: number, tile: CTile, due: number, kind: ItemKind): void {
    this.curTile[c] = tile.index;
    this.tileWaiting[tile.index]++;
    const g = ++this.gen[c];
    this.heap.push(due, kind, c, g);
    if (this.settings.trace) this.why(c, describeDue(tile, due, this.cj.zone));
  }

  private stopWaiting(c: number, t: number): void {
    this.tileWaiting[t]--;
    this.curTile[c] = -1;
    this.gen[c]++;
  }

  private exitFromWait(c: number, now: number, trigger: string): void {
    const t = this.curTile[c];
    this.stopWaiting(c, t);
    this.tileExited[t]++;
    if (this.settings.trace) this.why(c, `left the journey: exit trigger ${trigger} fired at ${new Date(now).toISOString()}`);
    this.leaveJourney(c, now, Outcome.Exited);
  }

  private leaveJourney(c: number, now: number, outcome: number): void {
    this.inJourney[c] = 0;
    this.curTile[c] = -1;
    this.outcome[c] = outcome;
    this.lastLeave[c] = now;
    this.entrySig[c] = null;
    if (outcome === Outcome.Completed) this.completed++;
    else this.exited++;
  }

  private sendEmail(c: number, tile: CTile, now: number): void {
    const attrs = this.contacts.attrs[c];
    const email = attrs.email;
    if (typeof email !== 'string' || email === '' || attrs.consent === false) {
      this.tileSuppressed[tile.index]++;
      if (this.settings.trace) this.why(c, describeSuppressed(attrs));
      return;
    }
    this.setFact('emailSent', tile.id, c, true);
    const e = tile.engagement;
    if (e === null) return;
    const random = this.settings.random;
    const opens = random() < e.open;
    const clicks = random() < e.click;
    if (!opens && !clicks) return;
    const at = e.delay ? addDuration(now, e.delay, this.cj.zone) : now;
    if (opens) {
      const sig = new Sig(this.code('email.opened'), 'email.opened', undefined, undefined, tile.id, undefined);
      this.heap.push(at, ItemKind.Signal, c, 0, { sig, fact: FactOnFire.Opened } satisfies ScheduledSignal);
    }
    if (clicks) {
      const sig = new Sig(this.code('email.clicked'), 'email.clicked', undefined, undefined, tile.id, undefined);
      this.heap.push(at, ItemKind.Signal, c, 0, { sig, fact: FactOnFire.Clicked } satisfies ScheduledSignal);
    }
  }

  /** An event-relative time for this contact's visit, or null when its event is not in the catalog. */
  private relTime(c: number, tile: CTile): number | null {
    const rel = tile.rel!;
    let eventId: string | undefined;
    let sessionId: string | undefined;
    if (rel.event === null) {
      const sig = this.entrySig[c];
      eventId = sig?.eventId;
      sessionId = sig?.sessionId;
    } else eventId = rel.event;
    if (eventId === undefined) return null;
    const key = sessionId === undefined ? eventId : `${eventId}\u0000${sessionId}`;
    const cached = tile.relCache.get(key);
    if (cached !== undefined) return cached;
    const event = this.events.get(eventId);
    if (event === undefined) return null;
    const span = spanOf(event, sessionId);
    const anchor = rel.end ? span.end : span.start;
    const due = rel.offset ? addDuration(anchor, rel.offset, event.zone) : anchor;
    tile.relCache.set(key, due);
    return due;
  }

  get inProgress(): number {
    return this.entered - this.completed - this.exited;
  }
}
