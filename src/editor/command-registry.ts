import { paste } from './clipboard';
import { autoLayout, moveTiles, nudgeSelection, selectAll, updateSettings, updateTile } from './commands-edit';
import { addTile, connect, deleteSelection, disconnect, insertAfterPort, reconnect } from './commands-graph';
import type { CommandDefinition } from './editor-types';

export const commands = {
  addTile,
  insertAfterPort,
  connect,
  disconnect,
  reconnect,
  moveTiles,
  nudgeSelection,
  deleteSelection,
  updateTile,
  updateSettings,
  paste,
  autoLayout,
  selectAll,
};

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandArgs<K extends CommandName> = Commands[K] extends CommandDefinition<infer A> ? A : never;
// Commands without arguments are run as run('autoLayout'), the others as run('connect', {...}).
export type CommandCall<K extends CommandName> = [CommandArgs<K>] extends [void] ? [] : [CommandArgs<K>];

// Actions that are not document commands but still have shortcuts (handled by the store or
// the canvas); listed here so the keymap and the help text have one source.
export const editorActions = {
  undo: { label: 'Undo', keys: ['mod+z'] },
  redo: { label: 'Redo', keys: ['mod+shift+z', 'mod+y'] },
  copy: { label: 'Copy', keys: ['mod+c'] },
  cut: { label: 'Cut', keys: ['mod+x'] },
  paste: { label: 'Paste', keys: ['mod+v'] },
  selectAll: { label: 'Select all', keys: ['mod+a'] },
  deleteSelection: { label: 'Delete', keys: ['delete', 'backspace'] },
  autoLayout: { label: 'Tidy up the layout', keys: ['mod+shift+l'] },
  nudge: { label: 'Move the selection (Shift: by 10 steps)', keys: ['arrowup', 'arrowdown', 'arrowleft', 'arrowright'] },
  escape: { label: 'Clear the selection', keys: ['escape'] },
} as const;
