import {
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnReconnect,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { TileKind } from '../../domain/journey-schema';
import type { XY } from '../../editor/editor-types';
import { tileKinds } from '../../editor/tile-defaults';
import type { TriggerNames } from '../../editor/tile-summary';
import { TILE_HEIGHT, TILE_WIDTH, tileWidth } from '../../editor/tile-size';
import { createCanvasMapper, withLivePositions, type JourneyFlowEdge, type TileNode } from '../../editor/to-canvas';
import { useEditor, useEditorStoreApi } from './editor-store-provider';
import { InsertMenuContext, type InsertRequest } from './insert-menu-context';
import { nodeTypes } from './tile-node';
import { FarZoomProvider } from './far-zoom';
import { TILE_KIND_MIME } from './tile-drag';
import { DotGrid, type Extent } from './dot-grid';
import { InsertMenu } from './insert-menu';
import { showMinimap } from './level-of-detail';
import './canvas.css';

type Props = {
  badges?: ReadonlyMap<string, 'error' | 'warning'>;
  triggerNames?: TriggerNames;
  readOnly?: boolean;
};

const fitViewOptions = { padding: 0.2, maxZoom: 1 };
const proOptions = { hideAttribution: true };

export function JourneyCanvas({ badges, triggerNames, readOnly = false }: Props) {
  const store = useEditorStoreApi();
  const journey = useEditor((s) => s.journey);
  const selection = useEditor((s) => s.selection);
  // Sizes React Flow measured, given back on the node objects we rebuild (else it would measure
  // them again). A ref, not state: a batch of newly visible tiles must not re-render the canvas.
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const mapper = useMemo(() => createCanvasMapper(), []);
  const base = useMemo(
    () => mapper(journey, { selection, badges, measured: measured.current, triggerNames }),
    [mapper, journey, selection, badges, triggerNames],
  );
  const extent = useMemo(() => extentOf(base.nodes), [base.nodes]);
  const flow = useReactFlow<TileNode, JourneyFlowEdge>();
  const gesture = useRef(0);
  const [insert, setInsert] = useState<InsertRequest | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  // A drag is React Flow's until the drop: each move goes straight into React Flow's store as
  // the mapped nodes with the live positions on top (withLivePositions), as React Flow does for
  // its own uncontrolled nodes, and the document gets one moveTiles at the drop. So a drag frame
  // neither re-maps the journey nor re-renders this component nor wakes the editor store's
  // subscribers (inspector, toolbar, autosave, history); undo and autosave see the drop, one step.
  const flowStore = useStoreApi<TileNode, JourneyFlowEdge>();
  const nodes = base.nodes;
  const edges = base.edges;
  const shown = useRef(nodes);
  const live = useRef<Record<string, XY> | null>(null);
  useEffect(() => {
    shown.current = nodes;
    // Runs after React Flow took the new nodes prop: a re-render in mid-drag (a selection
    // change) must not put the dragged tiles back at their document positions.
    if (live.current) flowStore.getState().setNodes(withLivePositions(nodes, live.current));
  }, [nodes, flowStore]);
  const commitMoves = useCallback(() => {
    const positions = live.current;
    live.current = null;
    if (!positions) return;
    // When the document does not change (a drop within half a pixel), nothing re-renders:
    // React Flow is given the document's positions back here.
    if (!store.getState().run('moveTiles', { positions, gesture: String(gesture.current) })) flowStore.getState().setNodes(shown.current);
  }, [store, flowStore]);

  const onNodesChange = useCallback(
    (changes: NodeChange<TileNode>[]) => {
      let moved = false;
      let dragged = false;
      let selected: Set<string> | null = null;
      let dims: Map<string, { width: number; height: number }> | null = null;
      for (const c of changes) {
        if (c.type === 'position' && c.position && !readOnly) {
          live.current = { ...live.current, [c.id]: c.position };
          if (c.dragging) dragged = true;
          else moved = true;
        } else if (c.type === 'select') {
          selected ??= new Set(store.getState().selection.tiles);
          if (c.selected) selected.add(c.id);
          else selected.delete(c.id);
        } else if (c.type === 'dimensions' && c.dimensions) {
          dims ??= new Map();
          dims.set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
        }
      }
      // A drop, or a move by keyboard: the document takes the positions now.
      if (moved) commitMoves();
      else if (dragged && live.current) flowStore.getState().setNodes(withLivePositions(shown.current, live.current));
      if (selected) {
        const state = store.getState();
        state.select({ tiles: [...selected], edges: state.selection.edges });
      }
      if (dims) for (const [id, d] of dims) measured.current.set(id, d);
    },
    [store, readOnly, commitMoves, flowStore],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<JourneyFlowEdge>[]) => {
      let selected: Set<string> | null = null;
      for (const c of changes) {
        if (c.type === 'select') {
          selected ??= new Set(store.getState().selection.edges);
          if (c.selected) selected.add(c.id);
          else selected.delete(c.id);
        }
      }
      if (selected) {
        const state = store.getState();
        state.select({ tiles: state.selection.tiles, edges: [...selected] });
      }
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.sourceHandle) store.getState().run('connect', { from: c.source, port: c.sourceHandle, to: c.target });
    },
    [store],
  );

  const onReconnect: OnReconnect<JourneyFlowEdge> = useCallback(
    (old, c) => {
      store.getState().run('reconnect', { edge: old.id, from: c.source, port: c.sourceHandle ?? undefined, to: c.target });
    },
    [store],
  );

  const startGesture = useCallback(() => {
    gesture.current++;
  }, []);
  const endGesture = useCallback(() => {
    commitMoves();
    store.getState().breakCoalescing();
  }, [store, commitMoves]);

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(TILE_KIND_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(TILE_KIND_MIME) as TileKind;
      if (!tileKinds.includes(kind)) return;
      e.preventDefault();
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      store.getState().run('addTile', { kind, position: { x: p.x - TILE_WIDTH / 2, y: p.y - 30 } });
    },
    [flow, store],
  );

  // A tile added or pasted off screen is brought into view, so the person sees what they made.
  useEffect(() => {
    if (readOnly) return;
    return store.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      if (state.lastCommand !== 'addTile' && state.lastCommand !== 'insertAfterPort' && state.lastCommand !== 'paste') return;
      const ids = state.selection.tiles;
      requestAnimationFrame(() => {
        const box = wrapper.current?.getBoundingClientRect();
        if (!box || ids.length === 0) return;
        const { x, y, zoom } = flow.getViewport();
        const visible = { left: -x / zoom, top: -y / zoom, right: (box.width - x) / zoom, bottom: (box.height - y) / zoom };
        const tiles = store.getState().journey.tiles.filter((t) => ids.includes(t.id) && t.position);
        const outside = tiles.some((t) => t.position!.x < visible.left || t.position!.y < visible.top || t.position!.x + TILE_WIDTH > visible.right || t.position!.y + TILE_HEIGHT > visible.bottom);
        if (!outside || tiles.length === 0) return;
        const first = tiles[0].position!;
        void flow.setCenter(first.x + TILE_WIDTH / 2, first.y + TILE_HEIGHT / 2, { zoom: Math.max(zoom, 0.6), duration: 200 });
      });
    });
  }, [store, flow, readOnly]);

  const openInsert = useCallback((request: InsertRequest) => setInsert(request), []);

  return (
    <InsertMenuContext.Provider value={readOnly ? null : openInsert}>
      <div className="journey-canvas" ref={wrapper} onDragOver={onDragOver} onDrop={onDrop}>
        <FarZoomProvider>
          <ReactFlow<TileNode, JourneyFlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={readOnly ? undefined : onConnect}
            onReconnect={readOnly ? undefined : onReconnect}
            onNodeDragStart={startGesture}
            onSelectionDragStart={startGesture}
            onNodeDragStop={endGesture}
            onSelectionDragStop={endGesture}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            deleteKeyCode={null}
            multiSelectionKeyCode={['Shift', 'Control', 'Meta']}
            selectionKeyCode="Shift"
            onlyRenderVisibleElements
            fitView
            fitViewOptions={fitViewOptions}
            minZoom={0.05}
            maxZoom={2}
            proOptions={proOptions}
            aria-label="Journey canvas"
          >
            <DotGrid extent={extent} />
            <Controls fitViewOptions={fitViewOptions} showInteractive={false} aria-label="Zoom controls" />
            <Overview tileCount={nodes.length} />
          </ReactFlow>
        </FarZoomProvider>
        {nodes.length === 0 && !readOnly && (
          <div className="canvas-empty">
            <p className="canvas-empty-title">This journey is empty</p>
            <p>Start with a Trigger: drag it from “Add a tile” onto the canvas, or press it. Then use the “+” under a tile to add the next step.</p>
          </div>
        )}
        {insert && (
          <InsertMenu
            anchor={insert.anchor}
            onPick={(kind) => {
              store.getState().run('insertAfterPort', { from: insert.from, port: insert.port, kind });
              setInsert(null);
            }}
            onClose={() => {
              insert.anchor.focus();
              setInsert(null);
            }}
          />
        )}
      </div>
    </InsertMenuContext.Provider>
  );
}

function extentOf(nodes: readonly TileNode[]): Extent {
  const extent = { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  for (const n of nodes) {
    extent.minX = Math.min(extent.minX, n.position.x);
    extent.minY = Math.min(extent.minY, n.position.y);
    extent.maxX = Math.max(extent.maxX, n.position.x + tileWidth(n.data.ports.length));
    extent.maxY = Math.max(extent.maxY, n.position.y + TILE_HEIGHT);
  }
  return extent;
}

// Subscribes to the canvas's size alone (a boolean), so it re-renders when the answer changes.
function Overview({ tileCount }: { tileCount: number }) {
  const show = useStore((s) => showMinimap(tileCount, s));
  return show ? <MiniMap pannable zoomable ariaLabel="Overview of the journey" /> : null;
}
