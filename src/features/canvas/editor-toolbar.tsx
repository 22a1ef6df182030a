import { useReactFlow } from '@xyflow/react';
import { useId, useRef, useState } from 'react';
import { editorActions } from '../../editor/command-registry';
import { ariaShortcut } from '../../editor/keymap';
import { useEditor, useEditorStoreApi } from './editor-store-provider';
import type { ClipboardActions } from './use-editor-shortcuts';

type Props = { clipboard: ClipboardActions; onExport(): void; onImport(file: File): void };

const keys = (k: readonly string[]) => k.map((x) => ariaShortcut(x)).join(' ');

// Every canvas action has a button here, so each one has a pointer, a keyboard and a
// screen-reader path (the shortcuts are announced through aria-keyshortcuts).
export function EditorToolbar({ clipboard, onExport, onImport }: Props) {
  const store = useEditorStoreApi();
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const hasSelection = useEditor((s) => s.selection.tiles.length + s.selection.edges.length > 0);
  const hasTiles = useEditor((s) => s.journey.tiles.length > 0);
  const flow = useReactFlow();
  const file = useRef<HTMLInputElement>(null);
  const id = useId();
  // On a narrow window only the everyday tools show (class toolbar-extra marks the others, see
  // editor.css) until "More tools" is pressed; a wide window shows them all and no toggle.
  const [showAll, setShowAll] = useState(false);
  return (
    <div id={`${id}-toolbar`} className={showAll ? 'editor-toolbar shows-all' : 'editor-toolbar'} role="toolbar" aria-label="Journey editing">
      <div className="toolbar-group">
        <button type="button" onClick={() => store.getState().undo()} disabled={!canUndo} aria-keyshortcuts={keys(editorActions.undo.keys)}>Undo</button>
        <button type="button" onClick={() => store.getState().redo()} disabled={!canRedo} aria-keyshortcuts={keys(editorActions.redo.keys)}>Redo</button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="toolbar-extra" onClick={() => void clipboard.cut()} disabled={!hasSelection} aria-keyshortcuts={keys(editorActions.cut.keys)}>Cut</button>
        <button type="button" className="toolbar-extra" onClick={() => void clipboard.copy()} disabled={!hasSelection} aria-keyshortcuts={keys(editorActions.copy.keys)}>Copy</button>
        <button type="button" className="toolbar-extra" onClick={() => void clipboard.paste()} aria-keyshortcuts={keys(editorActions.paste.keys)}>Paste</button>
        <button type="button" onClick={() => store.getState().run('deleteSelection')} disabled={!hasSelection} aria-keyshortcuts={keys(editorActions.deleteSelection.keys)}>Delete</button>
        <button type="button" className="toolbar-extra" onClick={() => store.getState().run('selectAll')} disabled={!hasTiles} aria-keyshortcuts={keys(editorActions.selectAll.keys)}>Select all</button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="toolbar-extra" onClick={() => { store.getState().run('autoLayout'); requestAnimationFrame(() => void flow.fitView({ padding: 0.2, maxZoom: 1, duration: 200 })); }} disabled={!hasTiles} aria-keyshortcuts={keys(editorActions.autoLayout.keys)}>Tidy up</button>
        <button type="button" onClick={() => void flow.fitView({ padding: 0.2, maxZoom: 1, duration: 200 })} aria-keyshortcuts="Shift+1">Fit view</button>
      </div>
      <div className="toolbar-group toolbar-extra">
        <button type="button" onClick={onExport}>Export file</button>
        <button type="button" onClick={() => file.current?.click()}>Import file…</button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          className="visually-hidden-input"
          tabIndex={-1}
          aria-label="Journey file to import"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) onImport(f);
            e.target.value = '';
          }}
        />
      </div>
      <button type="button" className="toolbar-more" aria-expanded={showAll} aria-controls={`${id}-toolbar`} onClick={() => setShowAll((v) => !v)}>
        <span aria-hidden="true">{showAll ? '▴ ' : '▾ '}</span>More tools
      </button>
    </div>
  );
}
