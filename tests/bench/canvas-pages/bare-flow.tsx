import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { largeJourney } from './large-journey';

// The baseline of `npm run bench:canvas`: React Flow alone, uncontrolled, default nodes, the
// same tiles and edges as the journey the editor opens, and the editor's rendering options
// (only visible elements, zoom range, dot grid, controls). `w`/`h` give the canvas the size the
// editor's canvas has, so both show the same part of the journey at the same zoom.
const params = new URLSearchParams(location.search);
const size = Number(params.get('tiles') ?? '1000');
const width = params.get('w') ? `${params.get('w')}px` : '100vw';
const height = params.get('h') ? `${params.get('h')}px` : '100vh';
const journey = largeJourney(size);
const nodes: Node[] = journey.tiles.map((t) => ({
  id: t.id,
  position: t.position ?? { x: 0, y: 0 },
  data: { label: `${t.kind}: ${t.label ?? t.id}` },
  style: { width: 240, height: 88 },
}));
const edges: Edge[] = journey.edges.map((e) => ({ id: e.id, source: e.from, target: e.to }));

createRoot(document.getElementById('root')!).render(
  <div style={{ width, height }}>
    <ReactFlow defaultNodes={nodes} defaultEdges={edges} onlyRenderVisibleElements fitView minZoom={0.05} maxZoom={2}>
      <Background gap={24} />
      <Controls />
    </ReactFlow>
  </div>,
);
