import { triggerStatus, isInteractionTrigger, type Catalog } from './catalog';
import { capitalize, listWords, tileName } from './describe';
import { finding, findingCodes, type Finding } from './findings';
import { buildGraph, cycleIndexes, entryCandidateIndexes, reachableIndexes, type JourneyGraph } from './graph';
import { journeySchema, type Journey, type Tile } from './journey-schema';
import { conditionNestingFindings, schemaFindings } from './schema-findings';
import { checkinWaitFindings, dstFindings } from './validate-events';
import { interactionBeforeEmailFindings, joinWithoutRegistrationFindings } from './validate-paths';
import { waitFindings } from './validate-waits';
import { isValidZone } from './time';

/**
 * The validator of journey-format.md: every code of its table, in its order, each finding with a
 * sentence a marketer understands and the tile or JSON path it concerns. It never throws.
 */

export type ValidationContext = {
  /** the event catalog and the custom / record-change trigger definitions */
  catalog?: Partial<Catalog>;
  /** known email template ids; when absent, template existence is not checked */
  templates?: readonly string[];
};

export type ParseResult = { ok: true; journey: Journey } | { ok: false; findings: Finding[] };

export function parseJourney(input: unknown): ParseResult {
  const nesting = conditionNestingFindings(input);
  if (nesting.length > 0) return { ok: false, findings: nesting };
  const result = journeySchema.safeParse(input);
  if (result.success) return { ok: true, journey: result.data };
  return { ok: false, findings: schemaFindings(result.error, input) };
}

export function validateJourney(input: unknown, context: ValidationContext = {}): Finding[] {
  try {
    const parsed = parseJourney(input);
    if (!parsed.ok) return parsed.findings;
    return validateParsed(parsed.journey, context ?? {});
  } catch (error) {
    // A bug in a rule must not take the designer down: report it as a finding a person can pass on.
    const detail = error instanceof Error ? error.message : String(error);
    return [finding('schema', `The journey could not be checked completely (${detail}). Please report this problem.`, { path: '' })];
  }
}

/** Rules on a document that matches the schema. */
export function validateParsed(journey: Journey, context: ValidationContext = {}): Finding[] {
  const g = buildGraph(journey);
  const out: Finding[] = [];
  const candidates = entryCandidateIndexes(g);
  const entry = candidates.length === 1 ? candidates[0] : undefined;
  const entryTile: Tile | undefined = entry === undefined ? undefined : g.tiles[entry];

  entryFindings(journey, candidates, out);
  triggerFindings(journey, context, out);
  edgeFindings(g, out);
  const cycles = cycleIndexes(g);
  for (const cycle of cycles) {
    const names = cycle.map((i) => `'${g.tiles[i].label || g.tiles[i].id}'`);
    const text =
      cycle.length === 1
        ? `${capitalize(tileName(g.tiles[cycle[0]]))} leads back to itself: journeys cannot loop, so that every contact finishes.`
        : `The tiles ${listWords(names)} form a loop: journeys cannot loop back, so that every contact finishes.`;
    out.push(finding('cycle', text, { tile: g.tiles[cycle[0]].id }));
  }
  const reachable = candidates.length > 0 ? reachableIndexes(g, candidates) : null;
  if (reachable) {
    g.tiles.forEach((tile, i) => {
      if (!reachable[i]) {
        out.push(finding('unreachable', `${capitalize(tileName(tile))} cannot be reached from the start of the journey: connect it or delete it.`, { tile: tile.id }));
      }
    });
  }
  out.push(...waitFindings(journey));
  if (entry !== undefined && reachable) out.push(...interactionBeforeEmailFindings(journey, g, entry, reachable));
  templateFindings(journey, context, out);
  if (!isValidZone(journey.timeZone)) {
    out.push(
      finding('timezone-invalid', `The journey's time zone '${journey.timeZone}' is not a known time zone: use a name like Europe/Paris or UTC.`, {
        path: 'timeZone',
      }),
    );
  }
  branchEndFindings(g, out);
  if (entry !== undefined && reachable) out.push(...joinWithoutRegistrationFindings(journey, g, entry, reachable, eventCatalog(context)));
  const events = eventCatalog(context);
  if (events) {
    out.push(...checkinWaitFindings(journey, entryTile, events));
    out.push(...dstFindings(journey, entryTile, events));
  }
  if (journey.goal && 'tile' in journey.goal && !g.index.has(journey.goal.tile)) {
    out.push(finding('goal-unreachable', `The goal names the tile '${journey.goal.tile}', which is not in this journey: choose another tile.`, { path: 'goal.tile' }));
  }
  return sortFindings(out, g);
}

function eventCatalog(context: ValidationContext): Pick<Catalog, 'events'> | undefined {
  const events = context.catalog?.events;
  return Array.isArray(events) ? { events } : undefined;
}

function entryFindings(journey: Journey, candidates: number[], out: Finding[]): void {
  if (candidates.length === 0) {
    out.push(
      finding('entry-missing', 'The journey has no starting point: add a trigger tile with nothing leading into it.', { path: 'tiles' }),
    );
  }
  if (candidates.length > 1) {
    for (const i of candidates) {
      const tile = journey.tiles[i];
      out.push(
        finding(
          'entry-multiple',
          `${capitalize(tileName(tile))} is one of ${candidates.length} starting points: a journey starts from exactly one trigger with nothing leading into it.`,
          { tile: tile.id },
        ),
      );
    }
  }
  const interaction = 'cannot start a journey: an email open or click only makes sense after the journey has sent that email.';
  for (const i of candidates) {
    const tile = journey.tiles[i];
    if (tile.kind === 'trigger' && isInteractionTrigger(tile.trigger)) {
      out.push(finding('entry-interaction', `${capitalize(tileName(tile))} ${interaction}`, { tile: tile.id }));
    }
  }
  (journey.exitWhen ?? []).forEach((x, i) => {
    if (isInteractionTrigger(x.trigger)) {
      out.push(
        finding('entry-interaction', `An email open or click ('${x.trigger}') cannot be used as an exit rule: use a business or custom trigger.`, {
          path: `exitWhen[${i}].trigger`,
        }),
      );
    }
  });
  const goal = journey.goal;
  if (goal && 'trigger' in goal && isInteractionTrigger(goal.trigger)) {
    out.push(
      finding('entry-interaction', `An email open or click ('${goal.trigger}') cannot be the goal: use a business or custom trigger, or a tile.`, {
        path: 'goal.trigger',
      }),
    );
  }
}

function triggerFindings(journey: Journey, context: ValidationContext, out: Finding[]): void {
  const definitions = Array.isArray(context.catalog?.triggers) ? context.catalog.triggers : undefined;
  const check = (id: string, who: string, where: { tile?: string; path?: string }): void => {
    const status = triggerStatus(id, definitions);
    if (status === 'unknown') {
      out.push(finding('trigger-unknown', `${who} uses the trigger '${id}', which is not a known trigger: choose one from the catalog.`, where));
    } else if (status === 'draft') {
      const name = definitions?.find((t) => t.id === id)?.name ?? id;
      out.push(finding('trigger-not-ready', `${who} uses the trigger '${name}', which is still a draft: mark it ready before using it in a journey.`, where));
    }
  };
  journey.tiles.forEach((tile, i) => {
    if (tile.kind === 'trigger' || (tile.kind === 'wait' && tile.mode === 'trigger')) {
      check(tile.trigger, capitalize(tileName(tile)), { tile: tile.id, path: `tiles[${i}].trigger` });
    }
  });
  (journey.exitWhen ?? []).forEach((x, i) => check(x.trigger, 'An exit rule', { path: `exitWhen[${i}].trigger` }));
  if (journey.goal && 'trigger' in journey.goal) check(journey.goal.trigger, 'The goal', { path: 'goal.trigger' });
}

function edgeFindings(g: JourneyGraph, out: Finding[]): void {
  for (const { index, edge, reason } of g.dangling) {
    const from = g.index.get(edge.from);
    const fromTile = from === undefined ? undefined : g.tiles[from];
    const who = fromTile ? tileName(fromTile) : `'${edge.from}'`;
    let text: string;
    switch (reason) {
      case 'from-missing':
        text = `A connection starts from '${edge.from}', which is not a tile of this journey: delete the connection.`;
        break;
      case 'port-missing':
        text = `A connection leaves ${who} by '${edge.port}', which is not one of its exits: delete the connection or reconnect it.`;
        break;
      case 'to-missing':
        text = `A connection from ${who} leads to '${edge.to}', which is not a tile of this journey: reconnect it.`;
        break;
      default:
        text = `The exit '${edge.port}' of ${who} has more than one connection: each exit leads to exactly one tile.`;
    }
    out.push(finding('edge-dangling', text, { tile: fromTile?.id, path: `edges[${index}]` }));
  }
}

function templateFindings(journey: Journey, context: ValidationContext, out: Finding[]): void {
  const known = Array.isArray(context.templates) ? new Set(context.templates) : null;
  for (const tile of journey.tiles) {
    if (tile.kind !== 'email') continue;
    if (tile.template === undefined || tile.template.trim() === '') {
      out.push(finding('email-template-missing', `${capitalize(tileName(tile))} has no template: choose one.`, { tile: tile.id }));
    } else if (known && !known.has(tile.template)) {
      out.push(
        finding('email-template-missing', `${capitalize(tileName(tile))} uses the template '${tile.template}', which does not exist: choose another one.`, {
          tile: tile.id,
        }),
      );
    }
  }
}

function branchEndFindings(g: JourneyGraph, out: Finding[]): void {
  // A connection to a missing tile is reported as edge-dangling; its exit is not also "open".
  const aimed = new Set(g.dangling.filter((d) => d.reason === 'to-missing').map((d) => `${d.edge.from}\u0000${d.edge.port}`));
  g.tiles.forEach((tile, i) => {
    if (tile.kind !== 'condition' && tile.kind !== 'wait') return;
    for (const port of g.ports[i]) {
      if (g.out[i].has(port) || aimed.has(`${tile.id}\u0000${port}`)) continue;
      let text: string;
      if (tile.kind === 'condition') {
        const branch = tile.branches.find((b) => b.id === port);
        text = branch
          ? `The branch '${branch.label || branch.id}' of ${tileName(tile)} leads nowhere: contacts who take it finish there.`
          : `The "otherwise" path of ${tileName(tile)} leads nowhere: contacts who match no branch finish there.`;
      } else if (port === 'timeout') {
        text = `The timeout exit of ${tileName(tile)} leads nowhere: contacts whose wait times out finish there.`;
      } else if (port === 'triggered') {
        text = `The exit of ${tileName(tile)} taken when the trigger arrives leads nowhere: those contacts finish there.`;
      } else {
        text = `${capitalize(tileName(tile))} leads nowhere: contacts finish when it ends.`;
      }
      out.push(finding('branch-ends', text, { tile: tile.id }));
    }
  });
}

const codeRank = new Map<string, number>(findingCodes.map((c, i) => [c, i]));
const topLevelOrder = ['schemaVersion', 'id', 'name', 'description', 'timeZone', 'activeFrom', 'activeUntil', 'reentry', 'exitWhen', 'goal', 'tiles', 'edges'];

function pathKey(path: string | undefined): (string | number)[] {
  if (path === undefined) return [];
  const parts = path.match(/[^.[\]]+/g) ?? [];
  return parts.map((p, i) => {
    if (/^\d+$/.test(p)) return Number(p);
    return i === 0 ? topLevelOrder.indexOf(p) : p;
  });
}

function comparePaths(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
    return 0; // different field names inside one object: keep the order the rule produced
  }
  return 0;
}

/** The table's order, then the tiles' document order (findings without a tile after), then paths. */
function sortFindings(findings: Finding[], g: JourneyGraph): Finding[] {
  const keyed = findings.map((f, seq) => ({
    f,
    seq,
    code: codeRank.get(f.code) ?? 99,
    tile: f.tile === undefined ? Infinity : g.index.get(f.tile) ?? Infinity,
    path: f.tile === undefined ? pathKey(f.path) : [],
  }));
  keyed.sort((a, b) => a.code - b.code || a.tile - b.tile || comparePaths(a.path, b.path) || a.seq - b.seq);
  return keyed.map((k) => k.f);
}
