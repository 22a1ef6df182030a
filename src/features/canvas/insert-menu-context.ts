import { createContext } from 'react';

export type InsertRequest = { from: string; port: string; anchor: HTMLElement };

// The "+" of a port asks the canvas to show the insert menu; a context keeps the tile's data
// serialisable (no callbacks inside node data).
export const InsertMenuContext = createContext<((request: InsertRequest) => void) | null>(null);
