import type { Journey } from '../domain/journey-schema';

export type XY = { x: number; y: number };

// Selection lives beside the document, never inside it, and is never an undo step.
export type Selection = { tiles: readonly string[]; edges: readonly string[] };

export const emptySelection: Selection = { tiles: [], edges: [] };

export type EditorSnapshot = { journey: Journey; selection: Selection };

// `coalesceKey`: consecutive outcomes with the same key fold into one undo step (a drag, typing
// into one field). `structural: false` says only positions changed, so validation can be skipped.
export type CommandOutcome = {
  journey: Journey;
  selection?: Selection;
  coalesceKey?: string;
  structural?: boolean;
};

// record: one undo step; coalesce: one step per gesture (same coalesceKey in a row);
// none: changes only the selection or the view, never the document or the history.
export type HistoryPolicy = 'record' | 'coalesce' | 'none';

export type CommandDefinition<Args> = {
  name: string;
  label: string;
  // Shortcuts in the `mod+shift+z` notation of keymap.ts; `mod` is Ctrl, or Cmd on a Mac.
  keys?: readonly string[];
  history: HistoryPolicy;
  // null when the command does not apply (nothing selected, unknown tile): no history entry.
  perform(snapshot: EditorSnapshot, args: Args): CommandOutcome | null;
};

export function defineCommand<Args = void>(definition: CommandDefinition<Args>): CommandDefinition<Args> {
  return definition;
}
