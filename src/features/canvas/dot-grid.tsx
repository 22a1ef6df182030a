import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useFarZoom } from './far-zoom';

// The dot grid, a dot every GRID_GAP flow units as React Flow's <Background> draws it, but laid
// in flow coordinates inside the viewport, so a pan moves it with the tiles instead of changing
// it. React Flow's grid shifts its pattern on every pan frame, which made the browser repaint the
// whole editor page (its header, palette and inspector included) each frame, about 1 ms of a pan
// frame's main thread here; this one is painted again only when the journey's extent changes.
export const GRID_GAP = 24;
// How far past the outermost tiles the grid reaches, in flow units.
export const GRID_MARGIN = 8000;

export type Extent = { minX: number; minY: number; maxX: number; maxY: number };

// The grid's box: the extent plus the margin, its edges half a gap off the grid lines, so that
// each dot sits in the middle of a background tile and lands on a multiple of GRID_GAP.
export function gridBox(extent: Extent): { left: number; top: number; width: number; height: number } {
  const left = Math.floor((extent.minX - GRID_MARGIN) / GRID_GAP) * GRID_GAP - GRID_GAP / 2;
  const top = Math.floor((extent.minY - GRID_MARGIN) / GRID_GAP) * GRID_GAP - GRID_GAP / 2;
  const right = Math.ceil((extent.maxX + GRID_MARGIN) / GRID_GAP) * GRID_GAP + GRID_GAP / 2;
  const bottom = Math.ceil((extent.maxY + GRID_MARGIN) / GRID_GAP) * GRID_GAP + GRID_GAP / 2;
  return { left, top, width: right - left, height: bottom - top };
}

// React Flow's <ViewportPortal> looks its target up with querySelector on every store update,
// each drag and pan frame; the grid looks it up once per canvas. React Flow sets its DOM node
// in an effect, after the layer is in the page.
const rootOf = (s: ReactFlowState) => s.domNode;

export function DotGrid({ extent }: { extent: Extent }) {
  const far = useFarZoom();
  const root = useStore(rootOf);
  const layer = useMemo(() => root?.querySelector('.react-flow__viewport-portal') ?? null, [root]);
  // Zoomed far out the dots would be a few pixels apart, tens of thousands of them: decoration only.
  if (far || !layer) return null;
  return createPortal(<div className="canvas-grid" aria-hidden="true" style={gridBox(extent)} />, layer);
}
