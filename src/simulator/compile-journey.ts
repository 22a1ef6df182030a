import { compare } from '../domain/conditions';
import type { Condition, Journey } from '../domain/journey-schema';
import { localToEpoch, parseDuration, parseInstant, type Duration } from '../domain/time';
import { portsOf } from '../domain/graph';
import type { SimOptions } from './inputs';
import type { Facts, Sig } from './signal';

/**
 * The journey compiled once per run: tiles become integer indexes, ports integer slots into one
 * counter array, trigger ids integer codes, and conditions closures, so the fold never looks a
 * tile up by name or walks a condition tree.
 */

/** Where a condition reads `contact.*`: a contact attribute (`id` included). */
export type ContactAttributes = { attr(c: number, key: string): unknown };
/** What a condition reads: the contact, the entry trigger's signal and the signal being tested. */
export type Env = {
  readonly c: number;
  readonly store: ContactAttributes | null;
  readonly trigger: Sig | null;
  /** The entry trigger's eventId (what `trigger.eventId` reads), without building the signal. */
  readonly triggerEventId: string | undefined;
  readonly event: Sig | null;
};
export type Pred = (env: Env) => boolean;

export type FactStores = {
  registered: Facts;
  checkedIn: Facts;
  emailSent: Facts;
  emailOpened: Facts;
  emailClicked: Facts;
};

export const K = {
  Trigger: 0,
  Email: 1,
  WaitDuration: 2,
  WaitUntilAt: 3,
  WaitUntilEvent: 4,
  WaitTrigger: 5,
  Condition: 6,
  Exit: 7,
} as const;

/** An event-relative time; `event` null means the entry trigger's event ("trigger"). */
export type RelTime = { event: string | null; end: boolean; offset: Duration | null };

export type CTile = {
  id: string;
  index: number;
  kind: number;
  ports: string[];
  /** Slot of this tile's first port in the run's port counters. */
  portBase: number;
  /** Per port, the index of the tile its edge enters, or -1 (the contact completes there). */
  next: Int32Array;
  duration: Duration | null;
  atMs: number;
  rel: RelTime | null;
  /** Event-relative instants by event string id (or "event,session" ids); -1 for a tile's fixed event. */
  relCache: Map<number | string, number>;
  trigger: number;
  /** The trigger a trigger wait waits for ('' for other tiles). */
  triggerId: string;
  where: Pred | null;
  branches: Pred[];
  engagement: { open: number; click: number; delay: Duration | null } | null;
};

export type CompiledJourney = {
  journey: Journey;
  tiles: CTile[];
  tileIndex: Map<string, number>;
  portCount: number;
  entry: number;
  entryCode: number;
  /** The entry tile's trigger id ('' without an entry). */
  entryTrigger: string;
  /** Whether a condition reads the entry trigger's data (`trigger.<key>` beyond eventId, sessionId, tile). */
  readsEntryData: boolean;
  entryWhere: Pred | null;
  exitWhen: { code: number; where: Pred | null }[];
  goalTile: number;
  goalCode: number;
  goalWhere: Pred | null;
  goalTarget: number | null;
  zone: string;
  activeFrom: number;
  activeUntil: number;
  reentryNever: boolean;
  cooldown: Duration | null;
  /** Trigger id → code, for every trigger the journey listens to. */
  codes: Map<string, number>;
  /** Which kinds of facts any condition reads (the others need not be recorded). */
  usesFacts: Record<keyof FactStores, boolean>;
};

function lookupPath(root: unknown, parts: string[], from: number): unknown {
  let v = root;
  for (let i = from; i < parts.length; i++) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[parts[i]];
  }
  return v;
}

function attrGetter(path: string): (env: Env) => unknown {
  const parts = path.split('.');
  const root = parts[0];
  const key = parts[1];
  if (parts.length < 2) return () => undefined;
  const deep = parts.length > 2;
  if (root === 'contact') {
    return (env) => {
      const v = env.store === null ? undefined : env.store.attr(env.c, key);
      return deep ? lookupPath(v, parts, 2) : v;
    };
  }
  if (root === 'trigger' || root === 'event') {
    const which = root === 'trigger' ? 'trigger' : 'event';
    return (env) => {
      const sig = env[which];
      if (sig === null) return undefined;
      const v = sig.attr(key);
      return deep ? lookupPath(v, parts, 2) : v;
    };
  }
  return () => undefined;
}

export function compileCondition(c: Condition, facts: FactStores, uses: Record<keyof FactStores, boolean>): Pred {
  if ('all' in c) {
    const xs = c.all.map((x) => compileCondition(x, facts, uses));
    return (env) => {
      for (let i = 0; i < xs.length; i++) if (!xs[i](env)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const xs = c.any.map((x) => compileCondition(x, facts, uses));
    return (env) => {
      for (let i = 0; i < xs.length; i++) if (xs[i](env)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const x = compileCondition(c.not, facts, uses);
    return (env) => !x(env);
  }
  if ('fact' in c) {
    uses[c.fact] = true;
    const store = facts[c.fact];
    if (c.fact === 'registered' || c.fact === 'checkedIn') {
      const event = c.event;
      if (event === 'trigger') {
        return (env) => {
          const e = env.triggerEventId;
          return e !== undefined && store.get(e, env.c);
        };
      }
      return (env) => store.get(event, env.c);
    }
    const tile = (c as { tile: string }).tile;
    return (env) => store.get(tile, env.c);
  }
  const get = attrGetter(c.attr);
  const op = c.op;
  const value = 'value' in c ? c.value : undefined;
  if (op === 'eq' && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    return (env) => get(env) === value;
  }
  return (env) => compare(op, get(env), value);
}

const signalFields = new Set(['eventId', 'sessionId', 'tile']);

/** Whether any condition of the journey reads `trigger.<key>` for a key of the signal's data. */
function readsTriggerData(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(readsTriggerData);
  if (typeof value !== 'object' || value === null) return false;
  const attr = (value as { attr?: unknown }).attr;
  if (typeof attr === 'string' && attr.startsWith('trigger.') && !signalFields.has(attr.split('.')[1])) return true;
  return Object.values(value).some(readsTriggerData);
}

function relOf(r: { event: string; anchor: 'start' | 'end'; offset?: string }): RelTime {
  return { event: r.event === 'trigger' ? null : r.event, end: r.anchor === 'end', offset: r.offset ? parseDuration(r.offset) : null };
}

/** The largest journey the fold runs: a waiting contact's tile is kept in 16 bits. */
export const MAX_TILES = 32_767;

export function compileJourney(journey: Journey, facts: FactStores, options: SimOptions): CompiledJourney {
  if (journey.tiles.length > MAX_TILES) throw new RangeError(`The journey has ${journey.tiles.length} tiles; the simulator runs journeys of at most ${MAX_TILES}.`);
  const uses: Record<keyof FactStores, boolean> = {
    registered: false,
    checkedIn: false,
    emailSent: false,
    emailOpened: false,
    emailClicked: false,
  };
  const codes = new Map<string, number>();
  const code = (id: string) => {
    let k = codes.get(id);
    if (k === undefined) codes.set(id, (k = codes.size));
    return k;
  };
  const cond = (c: Condition | undefined) => (c ? compileCondition(c, facts, uses) : null);
  const zone = journey.timeZone;
  const tileIndex = new Map<string, number>();
  journey.tiles.forEach((t, i) => tileIndex.set(t.id, i));
  let portCount = 0;
  const tiles: CTile[] = journey.tiles.map((t, index) => {
    const ports = portsOf(t);
    const tile: CTile = {
      id: t.id,
      index,
      kind: K.Trigger,
      ports,
      portBase: portCount,
      next: new Int32Array(ports.length).fill(-1),
      duration: null,
      atMs: NaN,
      rel: null,
      relCache: new Map(),
      trigger: -1,
      triggerId: '',
      where: null,
      branches: [],
      engagement: null,
    };
    portCount += ports.length;
    if (t.kind === 'email') {
      tile.kind = K.Email;
      const e = options.engagement?.[t.id];
      if (e) tile.engagement = { open: e.open, click: e.click, delay: e.delay ? parseDuration(e.delay) : null };
    } else if (t.kind === 'condition') {
      tile.kind = K.Condition;
      tile.branches = t.branches.map((b) => compileCondition(b.when, facts, uses));
    } else if (t.kind === 'exit') tile.kind = K.Exit;
    else if (t.kind === 'wait') {
      if (t.mode === 'duration') {
        tile.kind = K.WaitDuration;
        tile.duration = parseDuration(t.duration);
      } else if (t.mode === 'until') {
        if ('at' in t.until) {
          tile.kind = K.WaitUntilAt;
          tile.atMs = localToEpoch(t.until.at, zone) ?? NaN;
        } else {
          tile.kind = K.WaitUntilEvent;
          tile.rel = relOf(t.until);
        }
      } else {
        tile.kind = K.WaitTrigger;
        tile.trigger = code(t.trigger);
        tile.triggerId = t.trigger;
        tile.where = cond(t.where);
        if (typeof t.timeout === 'string') tile.duration = parseDuration(t.timeout);
        else if (t.timeout) tile.rel = relOf(t.timeout);
      }
    }
    return tile;
  });
  for (const e of journey.edges) {
    const from = tileIndex.get(e.from);
    const to = tileIndex.get(e.to);
    if (from === undefined || to === undefined) continue;
    const p = tiles[from].ports.indexOf(e.port);
    if (p >= 0) tiles[from].next[p] = to;
  }
  const targets = new Set(journey.edges.map((e) => e.to));
  const entry = journey.tiles.findIndex((t) => t.kind === 'trigger' && !targets.has(t.id));
  const entryTile = journey.tiles[entry];
  const entryCode = entryTile && entryTile.kind === 'trigger' ? code(entryTile.trigger) : -1;
  const entryWhere = entryTile && entryTile.kind === 'trigger' ? cond(entryTile.where) : null;
  const exitWhen = (journey.exitWhen ?? []).map((x) => ({ code: code(x.trigger), where: cond(x.where) }));
  const goal = journey.goal;
  const goalTile = goal && 'tile' in goal ? (tileIndex.get(goal.tile) ?? -1) : -1;
  const goalCode = goal && 'trigger' in goal ? code(goal.trigger) : -1;
  const goalWhere = goal && 'trigger' in goal ? cond(goal.where) : null;
  const reentry = journey.reentry ?? { mode: 'never' as const };
  return {
    journey,
    tiles,
    tileIndex,
    portCount,
    entry,
    entryCode,
    entryTrigger: entryTile && entryTile.kind === 'trigger' ? entryTile.trigger : '',
    readsEntryData: readsTriggerData(journey),
    entryWhere,
    exitWhen,
    goalTile,
    goalCode,
    goalWhere,
    goalTarget: goal ? goal.target : null,
    zone,
    activeFrom: journey.activeFrom ? (parseInstant(journey.activeFrom) ?? -Infinity) : -Infinity,
    activeUntil: journey.activeUntil ? (parseInstant(journey.activeUntil) ?? Infinity) : Infinity,
    reentryNever: reentry.mode === 'never',
    cooldown: reentry.mode === 'afterExit' && reentry.cooldown ? parseDuration(reentry.cooldown) : null,
    codes,
    usesFacts: uses,
  };
}
