import { createActor, createMachine, type AnyActorRef } from 'xstate';
import type { Catalog, CatalogEvent } from '../../src/domain/catalog';
import { checkinAppearsAt } from '../../src/domain/catalog';
import { evaluateCondition, type ConditionContext } from '../../src/domain/conditions';
import type { Condition, Journey, Tile } from '../../src/domain/journey-schema';
import { addDuration, eventRelativeInstant, localToEpoch, parseDuration, parseInstant } from '../../src/domain/time';
import type { EventRecord } from '../../src/simulator/inputs';

/**
 * The baseline the benchmark compares the simulator's fold with: the same journey as one XState 5
 * actor per contact, the way a journey engine built on a statechart library would run it. The
 * journey document is compiled to a machine (a state per tile, `always` transitions for emails
 * and conditions, delayed `after` transitions for waits on a shared simulated clock, exit
 * triggers on the parent state); a small driver does what is not the journey's business
 * (identity by email or Zoom name, the join-click rules, check-ins appearing later, facts).
 */

type Signal = { type: 'SIGNAL'; trigger: string; attrs: Record<string, unknown> };

interface ContactState {
  id: number;
  attrs: Record<string, unknown>;
  registered: Set<string>;
  checkedIn: Set<string>;
  emailSent: Set<string>;
  emailOpened: Set<string>;
  emailClicked: Set<string>;
  actor?: AnyActorRef;
}

interface Ctx {
  contact: ContactState;
  trigger: Record<string, unknown>;
  /** The current wait's due instant or timeout. */
  due: number;
  lastExit: number;
  everEntered: boolean;
  goal: boolean;
}

export interface BaselineCounts {
  entered: number;
  completed: number;
  exited: number;
  goalReached: number;
  tiles: Record<string, { entered: number; ports: Record<string, number>; exited: number; suppressed: number }>;
}

/** Timers in a binary heap keyed (due, seq): XState's own SimulatedClock re-sorts every timer on each step. */
export class HeapClock {
  now = 0;
  private heap: { due: number; seq: number; fn: () => void; id: number }[] = [];
  private cancelled = new Set<number>();
  private seq = 0;

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = ++this.seq;
    this.push({ due: this.now + Math.max(0, timeout), seq: id, fn, id });
    return id;
  }

  clearTimeout(id: number): void {
    this.cancelled.add(id);
  }

  /** Runs every timer due strictly before `until` (due at `until` waits: log records come first), then sets the clock there. */
  advance(until: number, inclusive = false): void {
    while (this.heap.length > 0 && (this.heap[0].due < until || (inclusive && this.heap[0].due === until))) {
      const t = this.pop();
      if (this.cancelled.delete(t.id)) continue;
      this.now = t.due;
      t.fn();
    }
    if (until > this.now) this.now = until;
  }

  drain(): void {
    this.advance(Infinity, true);
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a];
    const y = this.heap[b];
    return x.due < y.due || (x.due === y.due && x.seq < y.seq);
  }

  private push(item: { due: number; seq: number; fn: () => void; id: number }): void {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): { due: number; seq: number; fn: () => void; id: number } {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(l, m)) m = l;
        if (r < h.length && this.less(r, m)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function conditionContext(ctx: Ctx, event: Record<string, unknown> | undefined, catalogEventOf: (id: unknown) => string | undefined): ConditionContext {
  return {
    attr(path) {
      const dot = path.indexOf('.');
      const scope = path.slice(0, dot);
      const key = path.slice(dot + 1);
      const source = scope === 'contact' ? ctx.contact.attrs : scope === 'trigger' ? ctx.trigger : scope === 'event' ? event : undefined;
      return source?.[key];
    },
    fact(c) {
      if (c.fact === 'registered' || c.fact === 'checkedIn') {
        const id = c.event === 'trigger' ? catalogEventOf(ctx.trigger.eventId) ?? String(ctx.trigger.eventId) : c.event;
        return (c.fact === 'registered' ? ctx.contact.registered : ctx.contact.checkedIn).has(id);
      }
      if (!('tile' in c)) return false;
      const set = c.fact === 'emailSent' ? ctx.contact.emailSent : c.fact === 'emailOpened' ? ctx.contact.emailOpened : ctx.contact.emailClicked;
      return set.has(c.tile);
    },
  };
}

/** Compiles a journey to an XState machine with one state per tile. */
export function journeyMachine(journey: Journey, catalog: Catalog, clock: HeapClock, counts: BaselineCounts) {
  const events = new Map<string, CatalogEvent>(catalog.events.map((e) => [e.id, e]));
  const edges = new Map<string, string>();
  for (const e of journey.edges) edges.set(`${e.from}:${e.port}`, e.to);
  const entry = journey.tiles.find((t) => t.kind === 'trigger' && !journey.edges.some((e) => e.to === t.id))!;
  const zone = journey.timeZone;
  const cooldown = journey.reentry?.mode === 'afterExit' && journey.reentry.cooldown ? parseDuration(journey.reentry.cooldown) : null;
  const goalTile = journey.goal && 'tile' in journey.goal ? journey.goal.tile : null;
  const idOf = (id: unknown) => (typeof id === 'string' && events.has(id) ? id : undefined);
  const holds = (c: Condition | undefined, ctx: Ctx, event?: Record<string, unknown>) =>
    c === undefined || evaluateCondition(c, conditionContext(ctx, event, idOf));
  for (const t of journey.tiles) counts.tiles[t.id] = { entered: 0, ports: {}, exited: 0, suppressed: 0 };

  const relative = (ctx: Ctx, time: { event: string; anchor: 'start' | 'end'; offset?: string }): number | null => {
    const id = time.event === 'trigger' ? ctx.trigger.eventId : time.event;
    const event = typeof id === 'string' ? events.get(id) : undefined;
    if (!event) return null;
    const session = time.event === 'trigger' ? event.sessions?.find((s) => s.id === ctx.trigger.sessionId) : undefined;
    const span = session ?? event;
    return eventRelativeInstant(time.anchor === 'start' ? span.start : span.end, event.timeZone, time.offset);
  };

  const leave = (tile: string, port: string) => {
    const p = counts.tiles[tile].ports;
    p[port] = (p[port] ?? 0) + 1;
    return edges.get(`${tile}:${port}`) ?? 'completed';
  };
  const target = (to: string) => (to === 'completed' ? '#contact.completed' : `#contact.in.${to}`);
  const arrive = (tile: Tile) => ({ context }: { context: Ctx }) => {
    counts.tiles[tile.id].entered += 1;
    if (tile.id === goalTile && !context.goal) {
      context.goal = true;
      counts.goalReached += 1;
    }
  };

  const tileStates: Record<string, object> = {};
  for (const tile of journey.tiles) {
    const port = (name: string) => ({ target: target(edges.get(`${tile.id}:${name}`) ?? 'completed'), actions: () => leave(tile.id, name) });
    switch (tile.kind) {
      case 'trigger':
        tileStates[tile.id] = { entry: arrive(tile), always: port('next') };
        break;
      case 'email':
        tileStates[tile.id] = {
          entry: [arrive(tile), ({ context }: { context: Ctx }) => {
            const c = context.contact;
            if (c.attrs.email === undefined || c.attrs.consent === false) counts.tiles[tile.id].suppressed += 1;
            else c.emailSent.add(tile.id);
          }],
          always: port('next'),
        };
        break;
      case 'condition':
        tileStates[tile.id] = {
          entry: arrive(tile),
          always: [
            ...tile.branches.map((b) => ({ ...port(b.id), guard: ({ context }: { context: Ctx }) => holds(b.when, context) })),
            port('otherwise'),
          ],
        };
        break;
      case 'exit':
        tileStates[tile.id] = {
          entry: [arrive(tile), () => { counts.tiles[tile.id].exited += 1; counts.exited += 1; }],
          always: { target: '#contact.outside', actions: ({ context }: { context: Ctx }) => { context.lastExit = clock.now; } },
        };
        break;
      case 'wait': {
        const due = (ctx: Ctx): number | null => {
          if (tile.mode === 'duration') return addDuration(clock.now, parseDuration(tile.duration)!, zone);
          if (tile.mode === 'until') return 'at' in tile.until ? localToEpoch(tile.until.at, zone) : relative(ctx, tile.until);
          const t = tile.timeout!;
          return typeof t === 'string' ? addDuration(clock.now, parseDuration(t)!, zone) : relative(ctx, t);
        };
        const leavePort = tile.mode === 'trigger' ? 'timeout' : 'next';
        const setDue = ({ context }: { context: Ctx }) => { context.due = due(context) ?? -Infinity; };
        const base = {
          entry: [arrive(tile), setDue],
          always: { ...port(leavePort), guard: ({ context }: { context: Ctx }) => context.due < clock.now },
          after: { [`wait_${tile.id}`]: port(leavePort) },
        };
        tileStates[tile.id] = tile.mode !== 'trigger' ? base : {
          ...base,
          on: {
            SIGNAL: {
              ...port('triggered'),
              guard: ({ context, event }: { context: Ctx; event: Signal }) =>
                event.trigger === tile.trigger && !isExit(context, event) && holds(tile.where, context, event.attrs),
            },
          },
        };
        break;
      }
    }
  }

  const exitWhen = journey.exitWhen ?? [];
  const isExit = (ctx: Ctx, event: Signal) => exitWhen.some((x) => x.trigger === event.trigger && holds(x.where, ctx, event.attrs));
  const delays: Record<string, (args: { context: Ctx }) => number> = {};
  for (const tile of journey.tiles) delays[`wait_${tile.id}`] = ({ context }) => Math.max(0, context.due - clock.now);

  return createMachine(
    {
      id: 'contact',
      types: {} as { context: Ctx; events: Signal; input: ContactState },
      context: ({ input }) => ({ contact: input, trigger: {}, due: 0, lastExit: -Infinity, everEntered: false, goal: false }),
      initial: 'outside',
      states: {
        outside: {
          on: {
            SIGNAL: {
              target: `in.${entry.id}`,
              guard: ({ context, event }) => {
                if (event.trigger !== (entry as { trigger: string }).trigger) return false;
                if (context.everEntered && (!cooldown || clock.now < addDuration(context.lastExit, cooldown, zone))) return false;
                return holds((entry as { where?: Condition }).where, { ...context, trigger: event.attrs });
              },
              actions: ({ context, event }) => {
                context.trigger = event.attrs;
                context.everEntered = true;
                context.goal = false;
                counts.entered += 1;
              },
            },
          },
        },
        completed: {
          entry: ({ context }) => { counts.completed += 1; context.lastExit = clock.now; },
          always: 'outside',
        },
        in: {
          initial: entry.id,
          on: {
            SIGNAL: {
              target: 'outside',
              guard: ({ context, event }) => isExit(context, event),
              actions: ({ context }) => { counts.exited += 1; context.lastExit = clock.now; },
            },
          },
          states: tileStates as never,
        },
      },
    },
    { delays: delays as never },
  );
}

export interface BaselineResult {
  counts: BaselineCounts;
  records: number;
  seconds: number;
}

/** Runs `records` (in log order) through one actor per contact. */
export function runXStateBaseline(journey: Journey, catalog: Catalog, records: readonly EventRecord[]): BaselineResult {
  const begin = performance.now();
  const clock = new HeapClock();
  const counts: BaselineCounts = { entered: 0, completed: 0, exited: 0, goalReached: 0, tiles: {} };
  const machine = journeyMachine(journey, catalog, clock, counts);
  const events = new Map(catalog.events.map((e) => [e.id, e]));
  const byEmail = new Map<string, ContactState>();
  const byName = new Map<string, ContactState>();
  let nextId = 0;

  const ordered = records
    .map((record, line) => ({ record, line, at: parseInstant(record.at) ?? NaN }))
    .filter((r) => !Number.isNaN(r.at))
    .sort((a, b) => a.at - b.at || a.line - b.line);

  const nameKey = (c: Record<string, unknown>) =>
    typeof c.firstName === 'string' && typeof c.lastName === 'string' ? `${c.firstName.trim().toLowerCase()}|${c.lastName.trim().toLowerCase()}` : undefined;
  const send = (contact: ContactState, trigger: string, attrs: Record<string, unknown>) => {
    if (trigger === 'registration.created') contact.registered.add(String(attrs.eventId));
    if (trigger === 'registration.cancelled') contact.registered.delete(String(attrs.eventId));
    if (trigger === 'checkin.created') contact.checkedIn.add(String(attrs.eventId));
    if (trigger === 'email.opened') contact.emailOpened.add(String(attrs.tile));
    if (trigger === 'email.clicked') contact.emailClicked.add(String(attrs.tile));
    contact.actor!.send({ type: 'SIGNAL', trigger, attrs });
  };

  for (const { record, at } of ordered) {
    clock.advance(at);
    const c = record.contact as Record<string, unknown>;
    const zoom = record.type === 'join.clicked' && events.get(record.eventId ?? '')?.format === 'zoom';
    const key = zoom ? nameKey(c) : typeof c.email === 'string' ? c.email.toLowerCase() : undefined;
    if (key === undefined) continue;
    let contact = (zoom ? byName : byEmail).get(key);
    if (!contact) {
      contact = { id: nextId++, attrs: { ...c }, registered: new Set(), checkedIn: new Set(), emailSent: new Set(), emailOpened: new Set(), emailClicked: new Set() };
      if (typeof c.email === 'string') byEmail.set(c.email.toLowerCase(), contact);
      const n = nameKey(c);
      if (n !== undefined && !byName.has(n)) byName.set(n, contact);
      contact.actor = createActor(machine, { input: contact, clock }).start();
      send(contact, 'contact.created', {});
    }
    const attrs: Record<string, unknown> = { ...record.data, eventId: record.eventId, sessionId: record.sessionId, tile: record.tile };
    if (record.type !== 'join.clicked') {
      send(contact, record.type, attrs);
      continue;
    }
    const event = events.get(record.eventId ?? '');
    if (!event || record.source !== 'personalized') continue;
    const span = event.sessions?.find((s) => s.id === record.sessionId) ?? event;
    const start = localToEpoch(span.start, event.timeZone)!;
    const end = localToEpoch(span.end, event.timeZone)!;
    if (at < start - 120 * 60_000 || at > end) continue;
    const appears = checkinAppearsAt(event.format, end, event.timeZone);
    const target = contact;
    if (appears === null) send(target, 'checkin.created', attrs);
    else clock.setTimeout(() => send(target, 'checkin.created', attrs), appears - clock.now);
  }
  clock.drain();
  return { counts, records: records.length, seconds: (performance.now() - begin) / 1000 };
}
