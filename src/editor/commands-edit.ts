import type { Journey, Tile } from '../domain/journey-schema';
import { layoutPositions, withPositions } from './auto-layout';
import { defineCommand, type XY } from './editor-types';
import { dropEdgesOfMissingPorts, replaceTile, tileById } from './journey-edits';

function positionsEqual(a: XY | undefined, b: XY) {
  return a !== undefined && a.x === b.x && a.y === b.y;
}

// Called on every pointer move of a drag: all moves of one gesture coalesce into one step
// until the store's breakCoalescing() (drag end) or any other command.
export const moveTiles = defineCommand<{ positions: Readonly<Record<string, XY>>; gesture?: string }>({
  name: 'moveTiles',
  label: 'Move tiles',
  history: 'coalesce',
  perform({ journey }, { positions, gesture }) {
    const entries = Object.entries(positions).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }] as const);
    const moved = new Map(entries.filter(([id, p]) => !positionsEqual(tileById(journey, id)?.position, p)));
    const next = withPositions(journey, moved);
    if (next === journey) return null;
    const ids = entries.map(([id]) => id).sort().join(',');
    return { journey: next, coalesceKey: `move:${gesture ?? ids}`, structural: false };
  },
});

export const nudgeSelection = defineCommand<{ dx: number; dy: number }>({
  name: 'nudgeSelection',
  label: 'Move the selection with the arrow keys',
  keys: ['arrowup', 'arrowdown', 'arrowleft', 'arrowright', 'shift+arrowup', 'shift+arrowdown', 'shift+arrowleft', 'shift+arrowright'],
  history: 'coalesce',
  perform({ journey, selection }, { dx, dy }) {
    if (selection.tiles.length === 0 || (dx === 0 && dy === 0)) return null;
    const chosen = new Set(selection.tiles);
    const moved = new Map<string, XY>();
    for (const t of journey.tiles) {
      if (!chosen.has(t.id)) continue;
      const p = t.position ?? { x: 0, y: 0 };
      moved.set(t.id, { x: p.x + dx, y: p.y + dy });
    }
    const next = withPositions(journey, moved);
    if (next === journey) return null;
    return { journey: next, coalesceKey: `nudge:${[...chosen].sort().join(',')}`, structural: false };
  },
});

// The inspector hands over the whole edited tile. `field` names what is being typed into, so
// typing a subject is one undo step while editing another field is another.
export const updateTile = defineCommand<{ tile: Tile; field?: string }>({
  name: 'updateTile',
  label: 'Edit a tile',
  history: 'coalesce',
  perform({ journey }, { tile, field }) {
    const current = tileById(journey, tile.id);
    if (!current || current === tile) return null;
    if (JSON.stringify(current) === JSON.stringify(tile)) return null;
    const next = dropEdgesOfMissingPorts(replaceTile(journey, tile), tile.id);
    return { journey: next, coalesceKey: field ? `tile:${tile.id}:${field}` : undefined };
  },
});

export type JourneySettings = Omit<Journey, 'tiles' | 'edges' | 'schemaVersion' | 'id'>;
type SettingsPatch = { [K in keyof JourneySettings]?: JourneySettings[K] | undefined };

// A key patched to undefined is removed, so optional settings can be cleared.
export const updateSettings = defineCommand<{ patch: SettingsPatch; field?: string }>({
  name: 'updateSettings',
  label: 'Edit the journey settings',
  history: 'coalesce',
  perform({ journey }, { patch, field }) {
    const next: Record<string, unknown> = { ...journey };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    if (JSON.stringify(next) === JSON.stringify(journey)) return null;
    return { journey: next as Journey, coalesceKey: field ? `settings:${field}` : undefined };
  },
});

export const autoLayout = defineCommand({
  name: 'autoLayout',
  label: 'Tidy up the layout',
  keys: ['mod+shift+l'],
  history: 'record',
  perform({ journey }) {
    const next = withPositions(journey, layoutPositions(journey));
    return next === journey ? null : { journey: next, structural: false };
  },
});

export const selectAll = defineCommand({
  name: 'selectAll',
  label: 'Select all tiles',
  keys: ['mod+a'],
  history: 'none',
  perform({ journey }) {
    return { journey, selection: { tiles: journey.tiles.map((t) => t.id), edges: journey.edges.map((e) => e.id) } };
  },
});
