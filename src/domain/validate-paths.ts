import type { Catalog } from './catalog';
import { forEachCondition } from './conditions';
import { capitalize, tileName } from './describe';
import { entryPinnedEvent } from './event-references';
import { finding, type Finding } from './findings';
import { reachableIndexes, type JourneyGraph } from './graph';
import type { Condition, Journey } from './journey-schema';

/**
 * All-paths rules: they ask whether some path from the entry reaches a tile without passing a
 * given tile (interaction-before-email) or a branch that proves registration
 * (join-without-registration). Both become one reachability search with tiles or edges cut.
 */

const interactionFacts = new Set(['emailOpened', 'emailClicked']);
const interactionTriggers = new Set(['email.opened', 'email.clicked']);

/** Email tiles whose opens/clicks a condition tests, in order of appearance. */
function interactionFactTiles(c: Condition | undefined, out: string[]): void {
  if (!c) return;
  forEachCondition(c, (sub) => {
    if ('fact' in sub && interactionFacts.has(sub.fact) && 'tile' in sub) out.push(sub.tile);
  });
}

/** Email tiles a trigger wait's `where` tests `event.tile` against (`eq` or `in`). */
function eventTileTests(c: Condition | undefined, out: string[]): void {
  if (!c) return;
  forEachCondition(c, (sub) => {
    if (!('attr' in sub) || sub.attr !== 'event.tile') return;
    if (sub.op === 'eq' && typeof sub.value === 'string') out.push(sub.value);
    else if (sub.op === 'in') for (const v of sub.value) if (typeof v === 'string') out.push(v);
  });
}

export function interactionBeforeEmailFindings(journey: Journey, g: JourneyGraph, entry: number, reachable: Uint8Array): Finding[] {
  const findings: Finding[] = [];
  const avoidCache = new Map<string, Uint8Array>();
  journey.tiles.forEach((tile, i) => {
    if (!reachable[i]) return;
    const emails: string[] = [];
    if (tile.kind === 'condition') for (const b of tile.branches) interactionFactTiles(b.when, emails);
    if (tile.kind === 'trigger') interactionFactTiles(tile.where, emails);
    if (tile.kind === 'wait' && tile.mode === 'trigger') {
      interactionFactTiles(tile.where, emails);
      if (interactionTriggers.has(tile.trigger)) eventTileTests(tile.where, emails);
    }
    for (const emailId of new Set(emails)) {
      const x = g.index.get(emailId);
      if (x === i) continue;
      let without = avoidCache.get(emailId);
      if (!without) {
        without = reachableIndexes(g, [entry], { avoid: x });
        avoidCache.set(emailId, without);
      }
      if (!without[i]) continue;
      const email = x === undefined ? `the email '${emailId}', which is not in this journey` : tileName(g.tiles[x]);
      const what = tile.kind === 'wait' ? 'waits for an open or click of' : 'checks opens or clicks of';
      findings.push(
        finding(
          'interaction-before-email',
          `${capitalize(tileName(tile))} ${what} ${email}, but contacts can get there without being sent that email.`,
          { tile: tile.id },
        ),
      );
    }
  });
  return findings;
}

/** A branch condition that requires `registered` for the event: alone, or inside an `all`. */
function requiresRegistered(c: Condition, matches: (event: string) => boolean): boolean {
  if ('fact' in c) return c.fact === 'registered' && matches(c.event);
  if ('all' in c) return c.all.some((x) => requiresRegistered(x, matches));
  return false;
}

export function joinWithoutRegistrationFindings(
  journey: Journey,
  g: JourneyGraph,
  entry: number,
  reachable: Uint8Array,
  catalog: Pick<Catalog, 'events'> | undefined,
): Finding[] {
  const entryTile = g.tiles[entry];
  if (entryTile.kind !== 'trigger') return [];
  const pinned = entryPinnedEvent(entryTile.where);
  const isRegistration = entryTile.trigger === 'registration.created';
  // "trigger" is the entry's event; when the entry pins it to one id, both names are the same event.
  const resolve = (e: string): string => (e === 'trigger' && pinned !== null ? pinned : e);
  const findings: Finding[] = [];
  const cache = new Map<string, Uint8Array>();
  journey.tiles.forEach((tile, i) => {
    if (tile.kind !== 'email' || tile.event === undefined || !reachable[i]) return;
    const target = resolve(tile.event);
    if (isRegistration && (tile.event === 'trigger' || target === pinned)) return;
    let unknown = cache.get(target);
    if (!unknown) {
      const matches = (e: string): boolean => resolve(e) === target;
      unknown = reachableIndexes(g, [entry], {
        blocked: (from, port) => {
          const t = g.tiles[from];
          if (t.kind !== 'condition') return false;
          const branch = t.branches.find((b) => b.id === port);
          return branch !== undefined && requiresRegistered(branch.when, matches);
        },
      });
      cache.set(target, unknown);
    }
    if (!unknown[i]) return;
    const event = catalog?.events.find((e) => e.id === target);
    const eventWords = tile.event === 'trigger' && pinned === null ? 'the event of the starting trigger' : `'${event?.name || target}'`;
    findings.push(
      finding(
        'join-without-registration',
        `${capitalize(tileName(tile))} is a Join email for ${eventWords}, but some contacts can reach it without being known to be ` +
          `registered for that event: start the journey on a registration for it, or check "registered" in a condition first.`,
        { tile: tile.id },
      ),
    );
  });
  return findings;
}
