import { useCallback } from 'react';
import type { Tile } from '../../domain/journey-schema';
import type { EditorState } from '../../editor/editor-store';
import { useStoreWithEquality } from '../../lib/use-store-with-equality';
import { useEditorStoreApi } from '../canvas/editor-store-provider';

/**
 * Whether two versions of a tile differ in anything but `position`. Edits replace a tile with a
 * new object and keep the unchanged fields' values, so comparing the fields by identity is enough.
 */
export function sameTileIgnoringPosition(a: Tile | undefined, b: Tile | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.id !== b.id) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => k === 'position' || (Object.hasOwn(rb, k) && Object.is(ra[k], rb[k])));
}

/**
 * The tile with this id, kept as the same object while only its position changes, so dragging
 * it does not re-render its whole form on every pointer move.
 */
export function useTileIgnoringMoves(id: string | undefined): Tile | undefined {
  const store = useEditorStoreApi();
  const select = useCallback((s: EditorState) => (id === undefined ? undefined : s.journey.tiles.find((t) => t.id === id)), [id]);
  return useStoreWithEquality(store, select, sameTileIgnoringPosition);
}
