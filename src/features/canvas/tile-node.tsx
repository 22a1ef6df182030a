import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Fragment, memo, useContext } from 'react';
import type { TileNode as TileNodeType } from '../../editor/to-canvas';
import { TARGET_HANDLE } from '../../editor/to-canvas';
import { tileKindNames } from '../../editor/tile-defaults';
import { tileWidth } from '../../editor/tile-size';
import { InsertMenuContext } from './insert-menu-context';
import { useFarZoom } from './far-zoom';
import { mayOverflow } from './level-of-detail';

// The text box of a tile's label and summary, in px (canvas.css): the tile's width less its
// borders (1 + 1) and padding (16 + 12). Each port label has an equal share of the width.
const TILE_TEXT_INSET = 30;
const fits = (text: string, boxPx: number, fontPx: number) => (mayOverflow(text, boxPx, fontPx) ? ' can-overflow' : '');

// The "+" of each port exists only on the selected tile: a thousand tiles carry no idle buttons.
// Memoised on its (serialisable) data: React Flow hands a new props object only to the tiles
// whose node object changed, so dragging one tile re-renders that tile alone.
function TileNodeView({ id, data, selected }: NodeProps<TileNodeType>) {
  const { tile, summary, ports, badge } = data;
  const openInsert = useContext(InsertMenuContext);
  // Zoomed far out a tile's text is under 3px high: unreadable, yet laying out and painting it for
  // hundreds of visible tiles was most of a pan or drag frame. The tile keeps its size, handles
  // and accessible name; only the text goes.
  const far = useFarZoom();
  const kindName = tileKindNames[tile.kind];
  const title = tile.label || kindName;
  const width = tileWidth(ports.length);
  // The canvas bench counts renders per drag frame; absent outside the bench, so this costs a lookup.
  const bench = (globalThis as { __canvasBench?: { tileRenders: number } }).__canvasBench;
  if (bench) bench.tileRenders++;
  // Only React Flow's node box is positioned: the handles and "+" buttons are placed against
  // it and the kind's icon and stripe are CSS. Each positioned box is a paint layer, and the
  // compositor's layer update walks every one of them on every drag and pan frame.
  return (
    <div
      className={`tile tile-${tile.kind}${far ? ' is-far' : ''}${selected ? ' is-selected' : ''}${badge ? ` has-${badge}` : ''}`}
      data-testid={`tile-${id}`}
      role="group"
      aria-label={`${kindName} tile ${title}: ${summary}${badge ? `, has ${badge}s` : ''}`}
      style={{ width }}
    >
      {tile.kind !== 'trigger' && <Handle type="target" id={TARGET_HANDLE} position={Position.Top} title={`Into ${title}`} />}
      {!far && (
        <>
          <div className="tile-head">
            <span className="tile-kind">{kindName}</span>
            {badge && <span className={`tile-badge tile-badge-${badge}`} title={badge === 'error' ? 'Has errors' : 'Has warnings'}>{badge === 'error' ? '!' : '⚠'}</span>}
          </div>
          <div className={`tile-label${fits(title, width - TILE_TEXT_INSET, 14)}`}>{title}</div>
          <div className={`tile-summary${fits(summary, width - TILE_TEXT_INSET, 13)}`} title={summary}>{summary}</div>
        </>
      )}
      {ports.length > 0 && (
        <div className="tile-ports">
          {ports.map((port, i) => {
            const left = `${((i + 0.5) / ports.length) * 100}%`;
            return (
              <Fragment key={port.id}>
                {!far && <span className={`tile-port-label${fits(port.label, width / ports.length, 10.5)}`}>{port.label}</span>}
                <Handle type="source" id={port.id} position={Position.Bottom} className="tile-handle" title={`${title}: ${port.label} exit`} style={{ left }} />
                {selected && (
                  <button
                    type="button"
                    className="tile-port-add nodrag nopan"
                    style={{ left }}
                    aria-label={`Insert a tile after ${title}: ${port.label}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      openInsert?.({ from: id, port: port.id, anchor: e.currentTarget });
                    }}
                  >
                    +
                  </button>
                )}
              </Fragment>
            );
          })}
        </div>
      )}
    </div>
  );
}

// Compares only what the tile draws. React Flow's props also carry the absolute position and
// the dragging flag, and a move gives the tile a new object, so the default shallow compare
// re-rendered the dragged tile on every pointer move although nothing it draws changed.
function samePorts(a: TileNodeType['data']['ports'], b: TileNodeType['data']['ports']) {
  return a === b || (a.length === b.length && a.every((p, i) => p.id === b[i].id && p.label === b[i].label));
}

function sameTileView(a: NodeProps<TileNodeType>, b: NodeProps<TileNodeType>): boolean {
  const x = a.data;
  const y = b.data;
  return (
    a.id === b.id &&
    a.selected === b.selected &&
    x.summary === y.summary &&
    x.badge === y.badge &&
    x.tile.kind === y.tile.kind &&
    x.tile.label === y.tile.label &&
    samePorts(x.ports, y.ports)
  );
}

export const TileNodeComponent = memo(TileNodeView, sameTileView);

// Module level, so React Flow never sees a new nodeTypes object.
export const nodeTypes = {
  trigger: TileNodeComponent,
  email: TileNodeComponent,
  wait: TileNodeComponent,
  condition: TileNodeComponent,
  exit: TileNodeComponent,
};
