import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Journey } from '../domain/journey-schema';
import { layoutMissingPositions } from './auto-layout';
import { commands, type CommandCall, type CommandName } from './command-registry';
import { emptySelection, type Selection } from './editor-types';

export type HistoryEntry = { journey: Journey; selection: Selection; command: string };

const HISTORY_LIMIT = 300;

export type EditorState = {
  journey: Journey;
  selection: Selection;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  // Key of the gesture the newest history entry belongs to; cleared at the gesture's end.
  coalesceKey: string | null;
  // Bumped when anything but positions changes: validation and the autosave read it.
  structureVersion: number;
  // Bumped on every document change (moves too): the autosave reads it.
  revision: number;
  lastCommand: string | null;
  run<K extends CommandName>(name: K, ...args: CommandCall<K>): boolean;
  undo(): boolean;
  redo(): boolean;
  select(selection: Selection): void;
  breakCoalescing(): void;
  // Replace the document (opened, reloaded, taken from the server). History is dropped
  // unless keepHistory, in which case the replacement itself is one undoable step.
  load(journey: Journey, options?: { keepHistory?: boolean; command?: string }): void;
};

export type EditorStore = StoreApi<EditorState>;

export function createEditorStore(initial: Journey): EditorStore {
  return createStore<EditorState>()((set, get) => ({
    journey: layoutMissingPositions(initial),
    selection: emptySelection,
    past: [],
    future: [],
    coalesceKey: null,
    structureVersion: 0,
    revision: 0,
    lastCommand: null,

    run(name, ...args) {
      const command = commands[name];
      const state = get();
      const outcome = (command.perform as (s: unknown, a: unknown) => ReturnType<typeof command.perform>)(
        { journey: state.journey, selection: state.selection },
        args[0],
      );
      if (!outcome) return false;
      if (command.history === 'none') {
        if (outcome.selection) set({ selection: outcome.selection });
        return true;
      }
      const key = outcome.coalesceKey ?? null;
      const coalesce = key !== null && key === state.coalesceKey && state.past.length > 0;
      const past = coalesce
        ? state.past
        : [...state.past, { journey: state.journey, selection: state.selection, command: name }].slice(-HISTORY_LIMIT);
      set({
        journey: outcome.journey,
        selection: outcome.selection ?? state.selection,
        past,
        future: [],
        coalesceKey: key,
        structureVersion: outcome.structural === false ? state.structureVersion : state.structureVersion + 1,
        revision: state.revision + 1,
        lastCommand: name,
      });
      return true;
    },

    undo() {
      const { past, future, journey, selection, structureVersion, revision } = get();
      const entry = past[past.length - 1];
      if (!entry) return false;
      set({
        journey: entry.journey,
        selection: keepExisting(entry.selection, entry.journey),
        past: past.slice(0, -1),
        future: [...future, { journey, selection, command: entry.command }],
        coalesceKey: null,
        structureVersion: structureVersion + 1,
        revision: revision + 1,
        lastCommand: 'undo',
      });
      return true;
    },

    redo() {
      const { past, future, journey, selection, structureVersion, revision } = get();
      const entry = future[future.length - 1];
      if (!entry) return false;
      set({
        journey: entry.journey,
        selection: keepExisting(entry.selection, entry.journey),
        past: [...past, { journey, selection, command: entry.command }],
        future: future.slice(0, -1),
        coalesceKey: null,
        structureVersion: structureVersion + 1,
        revision: revision + 1,
        lastCommand: 'redo',
      });
      return true;
    },

    select(selection) {
      set({ selection: keepExisting(selection, get().journey) });
    },

    breakCoalescing() {
      if (get().coalesceKey !== null) set({ coalesceKey: null });
    },

    load(journey, options) {
      const state = get();
      const laidOut = layoutMissingPositions(journey);
      set({
        journey: laidOut,
        selection: keepExisting(state.selection, laidOut),
        past: options?.keepHistory
          ? [...state.past, { journey: state.journey, selection: state.selection, command: options.command ?? 'load' }]
          : [],
        future: [],
        coalesceKey: null,
        structureVersion: state.structureVersion + 1,
        revision: options?.keepHistory ? state.revision + 1 : state.revision,
        lastCommand: options?.command ?? 'load',
      });
    },
  }));
}

function keepExisting(selection: Selection, journey: Journey): Selection {
  if (selection.tiles.length === 0 && selection.edges.length === 0) return selection;
  const tiles = new Set(journey.tiles.map((t) => t.id));
  const edges = new Set(journey.edges.map((e) => e.id));
  return { tiles: selection.tiles.filter((id) => tiles.has(id)), edges: selection.edges.filter((id) => edges.has(id)) };
}
