import { Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { largeJourney } from './large-journey';

// The baseline of `npm run bench:canvas`: React Flow alone, uncontrolled, default nodes, the
// same tiles and edges as the journey the editor opens.
const size = Number(new URLSearchParams(location.search).get('tiles') ?? '1000');
const journey = largeJourney(size);
const nodes: Node[] = journey.tiles.map((t) => ({
  id: t.id,
  position: t.position ?? { x: 0, y: 0 },
  data: { label: `${t.kind}: ${t.label ?? t.id}` },
  style: { width: 240, height: 88 },
}));
const edges: Edge[] = journey.edges.map((e) => ({ id: e.id, source: e.from, target: e.to }));

createRoot(document.getElementById('root')!).render(
  <div style={{ width: '100vw', height: '100vh' }}>
    <ReactFlow defaultNodes={nodes} defaultEdges={edges} onlyRenderVisibleElements fitView minZoom={0.05}>
      <Controls />
    </ReactFlow>
  </div>,
);
