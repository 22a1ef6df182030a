import type { Journey, Tile } from '../../domain/journey-schema';
import { summarizeTile } from '../../editor/tile-summary';

export type Difference = { what: string; mine: string; theirs: string };

const settingsKeys = ['name', 'description', 'timeZone', 'activeFrom', 'activeUntil', 'reentry', 'exitWhen', 'goal'] as const;

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function describe(tile: Tile | undefined): string {
  if (!tile) return 'not there';
  return `${tile.label || tile.id}: ${summarizeTile(tile)}`;
}

// Position changes are left out: they are not what a person needs to decide between versions.
function withoutPosition(tile: Tile) {
  const { position: _p, ...rest } = tile;
  return JSON.stringify(rest);
}

export function compareJourneys(mine: Journey, theirs: Journey): Difference[] {
  const out: Difference[] = [];
  for (const key of settingsKeys) {
    if (JSON.stringify(mine[key]) !== JSON.stringify(theirs[key])) out.push({ what: `Setting “${key}”`, mine: show(mine[key]), theirs: show(theirs[key]) });
  }
  const theirTiles = new Map(theirs.tiles.map((t) => [t.id, t]));
  const myTiles = new Map(mine.tiles.map((t) => [t.id, t]));
  for (const tile of mine.tiles) {
    const other = theirTiles.get(tile.id);
    if (!other || withoutPosition(other) !== withoutPosition(tile)) out.push({ what: `Tile ${tile.id}`, mine: describe(tile), theirs: describe(other) });
  }
  for (const tile of theirs.tiles) {
    if (!myTiles.has(tile.id)) out.push({ what: `Tile ${tile.id}`, mine: 'not there', theirs: describe(tile) });
  }
  const edgeKey = (j: Journey) => new Set(j.edges.map((e) => `${e.from}:${e.port}→${e.to}`));
  const a = edgeKey(mine);
  const b = edgeKey(theirs);
  const onlyMine = [...a].filter((k) => !b.has(k));
  const onlyTheirs = [...b].filter((k) => !a.has(k));
  if (onlyMine.length || onlyTheirs.length) out.push({ what: 'Connections', mine: onlyMine.join(', ') || '—', theirs: onlyTheirs.join(', ') || '—' });
  return out;
}
