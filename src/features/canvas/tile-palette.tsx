import { useReactFlow } from '@xyflow/react';
import { tileKinds, tileKindNames } from '../../editor/tile-defaults';
import type { TileKind } from '../../domain/journey-schema';
import { useEditorStoreApi } from './editor-store-provider';
import { TILE_KIND_MIME } from './tile-drag';

const hints: Record<TileKind, string> = {
  trigger: 'Starts the journey when a signal arrives',
  email: 'Sends an email template',
  wait: 'Pauses for a time, until a date, or for a signal',
  condition: 'Sends contacts down the first branch that holds',
  exit: 'Contacts leave the journey here',
};

// Drag a kind onto the canvas, or press it (keyboard): the tile lands in the middle of the view.
export function TilePalette({ disabled = false }: { disabled?: boolean }) {
  const store = useEditorStoreApi();
  const flow = useReactFlow();
  return (
    <section className="tile-palette" aria-labelledby="tile-palette-heading">
      <h2 id="tile-palette-heading">Add a tile</h2>
      <ul>
        {tileKinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette-item palette-${kind}`}
              draggable={!disabled}
              disabled={disabled}
              aria-label={`Add a ${tileKindNames[kind]} tile`}
              title={hints[kind]}
              onDragStart={(e) => {
                e.dataTransfer.setData(TILE_KIND_MIME, kind);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => {
                const pane = document.querySelector('.journey-canvas')?.getBoundingClientRect();
                const center = pane
                  ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
                  : undefined;
                const taken = store.getState().journey.tiles.length;
                store.getState().run('addTile', {
                  kind,
                  position: center ? { x: center.x - 120 + (taken % 5) * 16, y: center.y - 40 + (taken % 5) * 16 } : undefined,
                });
              }}
            >
              <span className="palette-name">{tileKindNames[kind]}</span>
              <span className="palette-hint">{hints[kind]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
