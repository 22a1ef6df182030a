import { useEditor, useEditorStoreApi } from '../canvas/editor-store-provider';
import { SettingsForm } from './settings-form';
import { TileInspector } from './tile-inspector';
import { useTileIgnoringMoves } from './use-tile-ignoring-moves';
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
