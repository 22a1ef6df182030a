import { z } from 'zod';
import { edgeSchema, tileSchema, type Condition, type Edge, type Journey, type Tile } from '../domain/journey-schema';
import { defineCommand, type EditorSnapshot, type XY } from './editor-types';
import { freshId, tileIds } from './tile-ids';

// What travels through the system clipboard: plain JSON a person can read, so tiles can move
// between two journeys, two tabs or a text editor.
export const clipboardSchema = z.object({
  format: z.literal('journey-designer/tiles'),
  version: z.literal(1),
  tiles: z.array(tileSchema),
  edges: z.array(edgeSchema),
});
export type ClipboardContent = z.infer<typeof clipboardSchema>;

export function copySelection({ journey, selection }: EditorSnapshot): ClipboardContent | null {
  const chosen = new Set(selection.tiles);
  if (chosen.size === 0) return null;
  const tiles = journey.tiles.filter((t) => chosen.has(t.id));
  const edges = journey.edges.filter((e) => chosen.has(e.from) && chosen.has(e.to));
  return { format: 'journey-designer/tiles', version: 1, tiles, edges };
}

export function serializeClipboard(content: ClipboardContent): string {
  return JSON.stringify(content, null, 2);
}

// Accepts our clipboard format, and also a whole journey document (its tiles and edges).
export function parseClipboard(text: string): ClipboardContent | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const ours = clipboardSchema.safeParse(value);
  if (ours.success) return ours.data;
  const asDocument = z.object({ tiles: z.array(tileSchema), edges: z.array(edgeSchema) }).safeParse(value);
  if (asDocument.success) return { format: 'journey-designer/tiles', version: 1, ...asDocument.data };
  return null;
}

function remapCondition(c: Condition, ids: ReadonlyMap<string, string>): Condition {
  if ('all' in c) return { ...c, all: c.all.map((x) => remapCondition(x, ids)) };
  if ('any' in c) return { ...c, any: c.any.map((x) => remapCondition(x, ids)) };
  if ('not' in c) return { ...c, not: remapCondition(c.not, ids) };
  if ('fact' in c && 'tile' in c && typeof c.tile === 'string' && ids.has(c.tile)) return { ...c, tile: ids.get(c.tile)! };
  // A wait on email.opened names the email tile through `event.tile`.
  if ('attr' in c && c.attr === 'event.tile') {
    const value = (c as { value?: unknown }).value;
    if (typeof value === 'string' && ids.has(value)) return { ...c, value: ids.get(value)! } as Condition;
    if (Array.isArray(value)) return { ...c, value: value.map((v) => (typeof v === 'string' ? ids.get(v) ?? v : v)) } as Condition;
  }
  return c;
}

function remapTileReferences(tile: Tile, ids: ReadonlyMap<string, string>): Tile {
  const t = tile as Tile & { where?: Condition; branches?: { id: string; label?: string; when: Condition }[] };
  let next: Tile = { ...tile, id: ids.get(tile.id) ?? tile.id };
  if (t.where) next = { ...next, where: remapCondition(t.where, ids) } as Tile;
  if (t.kind === 'condition' && t.branches) {
    next = { ...next, branches: t.branches.map((b) => ({ ...b, when: remapCondition(b.when, ids) })) } as Tile;
  }
  return next;
}

const PASTE_OFFSET = 40;

export function pasteInto(journey: Journey, content: ClipboardContent, at?: XY): { journey: Journey; pasted: string[] } {
  const taken = tileIds(journey);
  const ids = new Map<string, string>();
  for (const tile of content.tiles) {
    const id = taken.has(tile.id) ? freshId(tile.id, taken) : tile.id;
    taken.add(id);
    ids.set(tile.id, id);
  }
  const placed = content.tiles.filter((t) => t.position);
  const minX = Math.min(...placed.map((t) => t.position!.x));
  const minY = Math.min(...placed.map((t) => t.position!.y));
  // Pasting where the originals still sit would hide them: shift by a step instead.
  const overlapsOriginals = content.tiles.some((t) => {
    const here = journey.tiles.find((o) => o.id === t.id);
    return here?.position && t.position && here.position.x === t.position.x && here.position.y === t.position.y;
  });
  const shift: XY = at && placed.length > 0
    ? { x: at.x - minX, y: at.y - minY }
    : overlapsOriginals ? { x: PASTE_OFFSET, y: PASTE_OFFSET } : { x: 0, y: 0 };
  const tiles = content.tiles.map((t) => {
    const remapped = remapTileReferences(t, ids);
    return t.position ? { ...remapped, position: { x: t.position.x + shift.x, y: t.position.y + shift.y } } : remapped;
  });
  const edgeTaken = new Set(journey.edges.map((e) => e.id));
  const edges: Edge[] = [];
  for (const e of content.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    const id = edgeTaken.has(e.id) ? freshId('e', edgeTaken) : e.id;
    edgeTaken.add(id);
    edges.push({ ...e, id, from: ids.get(e.from)!, to: ids.get(e.to)! });
  }
  return { journey: { ...journey, tiles: [...journey.tiles, ...tiles], edges: [...journey.edges, ...edges] }, pasted: [...ids.values()] };
}

export const paste = defineCommand<{ text: string; at?: XY }>({
  name: 'paste',
  label: 'Paste tiles',
  keys: ['mod+v'],
  history: 'record',
  perform({ journey }, { text, at }) {
    const content = parseClipboard(text);
    if (!content || content.tiles.length === 0) return null;
    const result = pasteInto(journey, content, at);
    return { journey: result.journey, selection: { tiles: result.pasted, edges: [] } };
  },
});
