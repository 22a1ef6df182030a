import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext, type ReactNode } from 'react';
import { isFarZoom } from './level-of-detail';

// Whether the canvas is zoomed out past reading (level-of-detail.ts): tiles then drop their text
// and the dot grid goes. One subscription to React Flow's store for the whole canvas, not one per
// tile (every subscription is called on every drag frame); its readers re-render only when the
// zoom crosses the threshold.
const zoomedOut = (s: ReactFlowState) => isFarZoom(s.transform[2]);
const FarZoomContext = createContext(false);

export function FarZoomProvider({ children }: { children: ReactNode }) {
  return <FarZoomContext.Provider value={useStore(zoomedOut)}>{children}</FarZoomContext.Provider>;
}

export function useFarZoom(): boolean {
  return useContext(FarZoomContext);
}
