import type { Catalog } from '../domain/catalog';
import { addDuration, type Duration } from '../domain/time';
import { indexEvents, type EventInfo } from './catalog-index';
import { K, type CompiledJourney, type CTile, type Env, type FactStores } from './compile-journey';
import { ContactStore } from './contacts';
import type { Contact, MatchingStrategy } from './inputs';
import { spanOf } from './join-rules';
import type { Random } from './prng';
import type { Strings } from './record-batch';
import { ItemKind, ScheduleHeap } from './schedule-heap';
import { grown } from './typed-growth';
import { Sig } from './signal';
import { describeDue, describeEntry, describeExitTrigger, describeRelUnresolved, describeSuppressed, describeTriggerArrived } from './trace-why';

/**
 * The journey side of the fold (simulation.md, rules 4 to 6): one signal applied to one contact
 * (goal, exit triggers, the trigger wait, entry) and the movement through tiles at one instant.
 * Per-contact state lives in typed arrays indexed by contact number; per-tile and per-port
 * figures in typed counters. Records and the clock are the Fold's (fold.ts).
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

/** Which fact a scheduled signal sets when it fires (kept in the heap item's gen slot). */
export const FactOnFire = { CheckedIn: 1, Opened: 2, Clicked: 3 } as const;

/** What a condition reads about one contact; the entry signal is looked up only when a condition asks. */
class ContactEnv implements Env {
  c = 0;
  event: Sig | null = null;
  entering: Sig | null = null;
  constructor(
    readonly store: ContactStore,
    private readonly entryOf: (c: number) => Sig | null,
    private readonly entryEventOf: (c: number) => string | undefined,
  ) {}

  get trigger(): Sig | null {
    return this.entering ?? this.entryOf(this.c);
  }

  get triggerEventId(): string | undefined {
    return this.entering !== null ? this.entering.eventId : this.entryEventOf(this.c);
  }
}

export class JourneyEngine {
  readonly contacts: ContactStore;
  readonly events: Map<string, EventInfo>;
  readonly heap = new ScheduleHeap();
  private readonly env: ContactEnv;

  // per contact
  /** Outcome of the contact's last entry: None before any, InProgress while in the journey. */
  outcome = new Uint8Array(0);
  /** The tile a contact waits on, or -1 (16 bits: compileJourney refuses larger journeys). */
  curTile = new Int16Array(0);
  gen = new Int32Array(0);
  goalHit = new Uint8Array(0);
  lastLeave = new Float64Array(0);
  /**
   * The entry signal of each contact in the journey (what `trigger.*` reads): its event as a
   * string id; session and tile (rare) in maps; its data only when a condition reads it. A few
   * bytes per waiting contact where a signal object would take tens.
   */
  private entryEvent = new Int32Array(0);
  private readonly entrySession = new Map<number, number>();
  private readonly entryTile = new Map<number, number>();
  private entryData: (Record<string, unknown> | undefined)[] = [];
  private readonly entryScratch: Sig;
  paths: TraceStep[][] = [];

  // per tile and port
  readonly tileEntered: Int32Array;
  readonly tileExited: Int32Array;
  readonly tileWaiting: Int32Array;
  readonly tileSuppressed: Int32Array;
  readonly tileUnresolved: Int32Array;
  readonly portCounts: Int32Array;

  entered = 0;
  completed = 0;
  exited = 0;
  goalReached = 0;
  /** The instant reached: the last record applied or scheduled item processed. */
  clock = -Infinity;

  constructor(
    readonly cj: CompiledJourney,
    catalog: Catalog,
    readonly strings: Strings,
    given: readonly Contact[],
    readonly facts: FactStores,
    readonly settings: FoldSettings,
  ) {
    this.events = indexEvents(catalog);
    const strategies = new Set<MatchingStrategy>([settings.matching]);
    for (const e of this.events.values()) if (e.format === 'zoom') strategies.add('name');
    this.contacts = new ContactStore(strings, given, [...strategies]);
    this.env = new ContactEnv(
      this.contacts,
      (c) => this.entryOf(c),
      (c) => (this.outcome[c] === Outcome.InProgress ? this.str(this.entryEvent[c]) : undefined),
    );
    const n = cj.tiles.length;
    this.tileEntered = new Int32Array(n);
    this.tileExited = new Int32Array(n);
    this.tileWaiting = new Int32Array(n);
    this.tileSuppressed = new Int32Array(n);
    this.tileUnresolved = new Int32Array(n);
    this.portCounts = new Int32Array(cj.portCount);
    this.entryScratch = new Sig(cj.entryCode, cj.entryTrigger, undefined, undefined, undefined, undefined);
    this.ensureCapacity(this.contacts.size);
  }

  protected code(trigger: string): number {
    return this.cj.codes.get(trigger) ?? -1;
  }

  protected ensureCapacity(n: number): void {
    if (n <= this.outcome.length) return;
    this.entryEvent = grown(this.entryEvent, n);
    this.curTile = grown(this.curTile, n, -1);
    this.gen = grown(this.gen, n);
    this.goalHit = grown(this.goalHit, n);
    this.outcome = grown(this.outcome, n);
    this.lastLeave = grown(this.lastLeave, n);
  }

  protected setFact(kind: keyof FactStores, key: string | undefined, c: number, value: boolean): void {
    if (key !== undefined && this.cj.usesFacts[kind]) this.facts[kind].set(key, c, value);
  }

  // ---------- the journey ----------

  private sid(s: string | undefined): number {
    return s === undefined ? -1 : this.strings.id(s);
  }

  private str(id: number | undefined): string | undefined {
    return id === undefined || id < 0 ? undefined : this.strings.list[id];
  }

  /** The contact's entry signal (one object refilled on each call), or null outside the journey. */
  protected entryOf(c: number): Sig | null {
    if (this.outcome[c] !== Outcome.InProgress) return null;
    const sig = this.entryScratch;
    sig.eventId = this.str(this.entryEvent[c]);
    sig.sessionId = this.str(this.entrySession.get(c));
    sig.tile = this.str(this.entryTile.get(c));
    sig.data = this.entryData[c];
    return sig;
  }

  /** `entering`: the signal a contact is entering with (else its entry signal, read when asked). */
  private setEnv(c: number, entering: Sig | null, event: Sig | null): Env {
    const env = this.env;
    env.c = c;
    env.entering = entering;
    env.event = event;
    return env;
  }

  /** One signal applied to its contact: goal, exit triggers, the trigger wait, then entry (rule 4). */
  react(c: number, sig: Sig): void {
    const now = this.clock;
    const code = sig.code;
    if (code < 0) return;
    const cj = this.cj;
    if (this.outcome[c] === Outcome.InProgress) {
      const env = this.setEnv(c, null, sig);
      if (code === cj.goalCode && this.goalHit[c] === 0 && (cj.goalWhere === null || cj.goalWhere(env))) {
        this.goalHit[c] = 1;
        this.goalReached++;
      }
      for (let i = 0; i < cj.exitWhen.length; i++) {
        const x = cj.exitWhen[i];
        if (x.code === code && (x.where === null || x.where(env))) {
          this.exitFromWait(c, sig.trigger);
          break;
        }
      }
      if (this.outcome[c] === Outcome.InProgress) {
        const tile = cj.tiles[this.curTile[c]];
        if (tile.kind === K.WaitTrigger && tile.trigger === code && (tile.where === null || tile.where(env))) {
          if (this.settings.trace) this.why(c, describeTriggerArrived(sig.trigger, now, cj.zone));
          this.stopWaiting(c, tile.index);
          this.leaveBy(c, tile, 0);
        }
      }
    }
    if (code === cj.entryCode) this.tryEnter(c, sig);
  }

  private tryEnter(c: number, sig: Sig): void {
    const now = this.clock;
    const cj = this.cj;
    if (this.outcome[c] === Outcome.InProgress || cj.entry < 0) return;
    if (now < cj.activeFrom || now >= cj.activeUntil) return;
    if (this.outcome[c] !== Outcome.None) {
      if (cj.reentryNever) return;
      if (cj.cooldown !== null && now < addDuration(this.lastLeave[c], cj.cooldown, cj.zone)) return;
    }
    if (cj.entryWhere !== null && !cj.entryWhere(this.setEnv(c, sig, sig))) return;
    const again = this.outcome[c] !== Outcome.None;
    this.goalHit[c] = 0;
    this.outcome[c] = Outcome.InProgress;
    this.entryEvent[c] = this.sid(sig.eventId);
    if (sig.sessionId !== undefined) this.entrySession.set(c, this.sid(sig.sessionId));
    if (sig.tile !== undefined) this.entryTile.set(c, this.sid(sig.tile));
    if (cj.readsEntryData && (sig.data !== undefined || this.entryData.length > c)) this.entryData[c] = sig.data;
    this.entered++;
    this.arrive(c, cj.entry, this.settings.trace ? describeEntry(sig, now, cj.zone, again) : undefined);
  }

  /** Moves the contact through tiles at the current instant until it waits or leaves the journey (rule 5). */
  private arrive(c: number, t: number, entryWhy?: string): void {
    const now = this.clock;
    const cj = this.cj;
    const trace = this.settings.trace;
    for (;;) {
      const tile = cj.tiles[t];
      this.tileEntered[t]++;
      if (trace) {
        (this.paths[c] ??= []).push({ tile: tile.id, at: now });
        if (entryWhy !== undefined) this.why(c, entryWhy);
        entryWhy = undefined;
      }
      if (t === cj.goalTile && this.goalHit[c] === 0) {
        this.goalHit[c] = 1;
        this.goalReached++;
      }
      let port = 0;
      switch (tile.kind) {
        case K.Email:
          this.sendEmail(c, tile);
          break;
        case K.Condition: {
          const env = this.setEnv(c, null, null);
          const n = tile.branches.length;
          port = n;
          for (let i = 0; i < n; i++) {
            if (tile.branches[i](env)) {
              port = i;
              break;
            }
          }
          if (trace) this.why(c, port < n ? `branch "${tile.ports[port]}" holds` : 'no branch holds: otherwise');
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
            if (trace) this.why(c, describeRelUnresolved(tile, this.entryOf(c)));
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
            if (trace) this.why(c, describeRelUnresolved(tile, this.entryOf(c)));
          } else if (!(due < now)) {
            this.wait(c, tile, due, ItemKind.WaitTimeout);
            return;
          }
          break;
        }
        case K.Exit:
          this.tileExited[t]++;
          this.leaveJourney(c, Outcome.Exited);
          return;
      }
      const next = this.passPort(c, tile, port);
      if (next < 0) {
        this.leaveJourney(c, Outcome.Completed);
        return;
      }
      t = next;
    }
  }

  protected why(c: number, text: string): void {
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

  protected leaveBy(c: number, tile: CTile, port: number): void {
    const next = this.passPort(c, tile, port);
    if (next < 0) this.leaveJourney(c, Outcome.Completed);
    else this.arrive(c, next);
  }

  private wait(c: number, tile: CTile, due: number, kind: ItemKind): void {
    this.curTile[c] = tile.index;
    this.tileWaiting[tile.index]++;
    const g = ++this.gen[c];
    this.heap.push(due, kind, c, g);
    if (this.settings.trace) this.why(c, describeDue(tile, due, this.cj.zone));
  }

  protected stopWaiting(c: number, t: number): void {
    this.tileWaiting[t]--;
    this.curTile[c] = -1;
    this.gen[c]++;
  }

  private exitFromWait(c: number, trigger: string): void {
    const now = this.clock;
    const t = this.curTile[c];
    this.stopWaiting(c, t);
    this.tileExited[t]++;
    if (this.settings.trace) this.why(c, describeExitTrigger(trigger, now, this.cj.zone));
    this.leaveJourney(c, Outcome.Exited);
  }

  private leaveJourney(c: number, outcome: number): void {
    const now = this.clock;
    this.curTile[c] = -1;
    this.outcome[c] = outcome;
    this.lastLeave[c] = now;
    this.entrySession.delete(c);
    this.entryTile.delete(c);
    if (this.entryData.length > c) this.entryData[c] = undefined;
    if (outcome === Outcome.Completed) this.completed++;
    else this.exited++;
  }

  private sendEmail(c: number, tile: CTile): void {
    const now = this.clock;
    if (!this.contacts.canEmail(c)) {
      this.tileSuppressed[tile.index]++;
      if (this.settings.trace) this.why(c, describeSuppressed(this.contacts.attrsOf(c)));
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
      this.heap.push(at, ItemKind.Signal, c, FactOnFire.Opened, sig);
    }
    if (clicks) {
      const sig = new Sig(this.code('email.clicked'), 'email.clicked', undefined, undefined, tile.id, undefined);
      this.heap.push(at, ItemKind.Signal, c, FactOnFire.Clicked, sig);
    }
  }

  /** An event-relative time for this contact's visit, or null when its event is not in the catalog. */
  private relTime(c: number, tile: CTile): number | null {
    const rel = tile.rel!;
    let eventId: string | undefined;
    let sessionId: string | undefined;
    let key: number | string;
    if (rel.event === null) {
      const ev = this.outcome[c] === Outcome.InProgress ? this.entryEvent[c] : -1;
      if (ev < 0) return null;
      const session = this.entrySession.size === 0 ? -1 : (this.entrySession.get(c) ?? -1);
      eventId = this.strings.list[ev];
      sessionId = session < 0 ? undefined : this.strings.list[session];
      // A small integer for the common case (no session), so the lookup allocates nothing.
      key = session < 0 ? ev : `${ev},${session}`;
    } else {
      eventId = rel.event;
      key = -1;
    }
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
