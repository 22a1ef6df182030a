import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Journey } from '../../domain/journey-schema';
import { createEditorStore, type EditorState, type EditorStore } from '../../editor/editor-store';

const EditorStoreContext = createContext<EditorStore | null>(null);

// One store per open editor: two journeys side by side never share state.
export function EditorStoreProvider({ journey, store, children }: { journey?: Journey; store?: EditorStore; children: ReactNode }) {
  const [value] = useState(() => {
    if (store) return store;
    if (!journey) throw new Error('EditorStoreProvider needs a journey or a store');
    return createEditorStore(journey);
  });
  return <EditorStoreContext.Provider value={value}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStoreApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStoreApi outside EditorStoreProvider');
  return store;
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}

export function useEditorShallow<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), useShallow(selector));
}

// A value derived from the document that does not depend on positions: recomputed only when the
// structure changes (`structureVersion`), never on the pointer moves of a drag.
export function useStructuralValue<T>(derive: (state: EditorState) => T): T {
  const store = useEditorStoreApi();
  const version = useStore(store, (s) => s.structureVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => derive(store.getState()), [store, version]);
}
