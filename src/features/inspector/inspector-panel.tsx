import { useRef } from 'react';
import type { Tile } from '../../domain/journey-schema';
import { useEditor, useEditorStoreApi } from '../canvas/editor-store-provider';
import { SettingsForm } from './settings-form';
import { TileInspector } from './tile-inspector';
import './inspector.css';

// One tile selected: its form. Nothing selected: the journey's settings. Several: what to do with them.
export function InspectorPanel() {
  const store = useEditorStoreApi();
  const selected = useEditor((s) => s.selection.tiles);
  const tile = useTileIgnoringMoves(selected.length === 1 ? selected[0] : undefined);
  if (tile) return <TileInspector key={tile.id} tile={tile} />;
  if (selected.length > 1) {
    return (
      <section className="inspector" aria-labelledby="inspector-multi-title">
        <h2 id="inspector-multi-title">{selected.length} tiles selected</h2>
        <p className="insp-hint">Drag them together, copy them to another journey, or delete them.</p>
        <button type="button" className="insp-remove" onClick={() => store.getState().run('deleteSelection')}>Delete the {selected.length} tiles</button>
      </section>
    );
  }
  return <SettingsForm />;
}

// The selected tile, kept as the same object while only its position changes, so dragging it
// does not re-render its whole form on every pointer move.
function useTileIgnoringMoves(id: string | undefined): Tile | undefined {
  const last = useRef<Tile | undefined>(undefined);
  return useEditor((s) => {
    const tile = id === undefined ? undefined : s.journey.tiles.find((t) => t.id === id);
    const prev = last.current;
    if (tile && prev && prev !== tile && prev.id === tile.id) {
      const { position: _a, ...a } = prev;
      const { position: _b, ...b } = tile;
      if (JSON.stringify(a) === JSON.stringify(b)) return prev;
    }
    last.current = tile;
    return tile;
  });
}
