import type { Catalog } from './catalog';
import { forEachCondition } from './conditions';
import type { Condition, Journey, Tile } from './journey-schema';

/**
 * Which catalog events a journey "refers to" (journey-format.md): explicit `event` ids, `eq`/`in`
 * tests of `trigger.eventId` or `event.eventId` anywhere (inside `not` too), and for
 * `"event": "trigger"` the events the entry's `where` allows.
 */

const eventIdAttrs = new Set(['trigger.eventId', 'event.eventId']);

/**
 * The event ids an entry's `where` allows, or null for "any event". Only an `eq` or `in` test of
 * `trigger.eventId` at the top level or directly inside a top-level `all` narrows them.
 */
export function entryAllowedEvents(where: Condition | undefined): string[] | null {
  if (!where) return null;
  const tests = 'all' in where ? where.all : [where];
  let allowed: string[] | null = null;
  for (const c of tests) {
    if (!('attr' in c) || c.attr !== 'trigger.eventId') continue;
    let ids: string[] | null = null;
    if (c.op === 'eq' && typeof c.value === 'string') ids = [c.value];
    else if (c.op === 'eq') ids = [];
    else if (c.op === 'in') ids = c.value.filter((v): v is string => typeof v === 'string');
    if (ids === null) continue;
    allowed = allowed === null ? [...new Set(ids)] : allowed.filter((id) => ids.includes(id));
  }
  return allowed;
}

/** The single event an entry's `where` pins `trigger.eventId` to, if any. */
export function entryPinnedEvent(where: Condition | undefined): string | null {
  const allowed = entryAllowedEvents(where);
  return allowed !== null && allowed.length === 1 ? allowed[0] : null;
}

/** Event ids a condition mentions, in order; "trigger" stands for the entry's event. */
export function conditionEventRefs(c: Condition | undefined, out: string[] = []): string[] {
  if (!c) return out;
  forEachCondition(c, (sub) => {
    if ('fact' in sub) {
      if ('event' in sub) out.push(sub.event);
    } else if ('attr' in sub && eventIdAttrs.has(sub.attr)) {
      if (sub.op === 'eq' && typeof sub.value === 'string') out.push(sub.value);
      else if (sub.op === 'in') for (const v of sub.value) if (typeof v === 'string') out.push(v);
    }
  });
  return out;
}

/** Event ids a tile mentions, in order ("trigger" not yet resolved). */
export function tileEventRefs(tile: Tile): string[] {
  const out: string[] = [];
  switch (tile.kind) {
    case 'trigger':
      conditionEventRefs(tile.where, out);
      break;
    case 'email':
      if (tile.event !== undefined) out.push(tile.event);
      break;
    case 'wait':
      if (tile.mode === 'until' && 'event' in tile.until) out.push(tile.until.event);
      if (tile.mode === 'trigger') {
        conditionEventRefs(tile.where, out);
        if (tile.timeout !== undefined && typeof tile.timeout !== 'string') out.push(tile.timeout.event);
      }
      break;
    case 'condition':
      for (const b of tile.branches) conditionEventRefs(b.when, out);
      break;
    default:
      break;
  }
  return out;
}

export type EventReferences = {
  /** per tile index, the catalog-or-not event ids it refers to ("trigger" resolved) */
  byTile: Set<string>[];
  /** references outside tiles: path → event ids */
  byPath: { path: string; events: Set<string> }[];
};

export function collectEventReferences(journey: Journey, entry: Tile | undefined, catalog: Pick<Catalog, 'events'> | undefined): EventReferences {
  const allowed = entry && entry.kind === 'trigger' ? entryAllowedEvents(entry.where) : null;
  const triggerEvents = allowed ?? (catalog?.events ?? []).map((e) => e.id);
  const resolve = (ids: string[]): Set<string> => {
    const set = new Set<string>();
    for (const id of ids) {
      if (id === 'trigger') for (const t of triggerEvents) set.add(t);
      else set.add(id);
    }
    return set;
  };
  const byTile = journey.tiles.map((t) => resolve(tileEventRefs(t)));
  const byPath: EventReferences['byPath'] = [];
  (journey.exitWhen ?? []).forEach((x, i) => {
    byPath.push({ path: `exitWhen[${i}].where`, events: resolve(conditionEventRefs(x.where)) });
  });
  if (journey.goal && 'trigger' in journey.goal) {
    byPath.push({ path: 'goal.where', events: resolve(conditionEventRefs(journey.goal.where)) });
  }
  return { byTile, byPath };
}
