import { ViewportPortal } from '@xyflow/react';
import { useFarZoom } from './tile-node';

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

export function DotGrid({ extent }: { extent: Extent }) {
  // Zoomed far out the dots would be a few pixels apart, tens of thousands of them: decoration only.
  if (useFarZoom()) return null;
  return (
    <ViewportPortal>
      <div className="canvas-grid" aria-hidden="true" style={gridBox(extent)} />
    </ViewportPortal>
  );
}
