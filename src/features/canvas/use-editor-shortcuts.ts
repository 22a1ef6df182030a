import { useEffect, type RefObject } from 'react';
import { copySelection, serializeClipboard } from '../../editor/clipboard';
import { editorActions } from '../../editor/command-registry';
import type { EditorStore } from '../../editor/editor-store';
import { matches } from '../../editor/keymap';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

// Shared by every editor of this tab: the fallback when the system clipboard is not readable,
// so copying in one journey and pasting in another still works.
const memory = { current: '' };

export type ClipboardActions = { copy(): Promise<void>; cut(): Promise<void>; paste(): Promise<void> };

// Keyboard bindings of the editor, active while focus is inside `root` and not in a text field
// (where the browser's own undo and copy apply). Copy/cut/paste use the system clipboard events,
// so they work between two journeys, two tabs, or a text editor.
export function useEditorShortcuts(root: RefObject<HTMLElement | null>, store: EditorStore, onFitView?: () => void): ClipboardActions {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    // Focus on the editor, inside it, or on a container around it (the page body, the main region
    // focused after navigation) counts as in the editor.
    const inEditor = (target: EventTarget | null) => target instanceof Node && (el.contains(target) || target.contains(el));
    const within = () => inEditor(document.activeElement) && !isEditable(document.activeElement);

    let pasteEventSeen = false;
    const onKeyDown = (e: KeyboardEvent) => {
      if (isEditable(e.target) || !inEditor(e.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]')) return;
      const state = store.getState();
      const step = e.shiftKey ? 10 : 1;
      const grid = 8;
      if (matches(e, editorActions.undo.keys, isMac)) state.undo();
      else if (matches(e, editorActions.redo.keys, isMac)) state.redo();
      else if (matches(e, editorActions.selectAll.keys, isMac)) state.run('selectAll');
      else if (matches(e, editorActions.deleteSelection.keys, isMac)) state.run('deleteSelection');
      else if (matches(e, editorActions.autoLayout.keys, isMac)) state.run('autoLayout');
      else if (matches(e, editorActions.escape.keys, isMac)) state.select({ tiles: [], edges: [] });
      else if (matches(e, editorActions.paste.keys, isMac)) {
        // Browsers do not always raise a paste event outside text fields: if none comes, read
        // the clipboard ourselves (the async API), else the in-tab copy.
        pasteEventSeen = false;
        setTimeout(() => {
          if (pasteEventSeen) return;
          void (navigator.clipboard?.readText() ?? Promise.reject(new Error('no clipboard')))
            .catch(() => '')
            .then((text) => store.getState().run('paste', { text: text || memory.current }));
        }, 60);
        return;
      }
      else if (e.key === 'ArrowUp' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        if (e.ctrlKey || e.metaKey || e.altKey || state.selection.tiles.length === 0) return;
        const dx = e.key === 'ArrowLeft' ? -grid * step : e.key === 'ArrowRight' ? grid * step : 0;
        const dy = e.key === 'ArrowUp' ? -grid * step : e.key === 'ArrowDown' ? grid * step : 0;
        state.run('nudgeSelection', { dx, dy });
      } else if (e.key === '!' || (e.shiftKey && e.code === 'Digit1')) onFitView?.();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key.startsWith('Arrow')) store.getState().breakCoalescing();
    };
    const onCopy = (e: ClipboardEvent) => {
      if (!within()) return;
      const content = copySelection(store.getState());
      if (!content) return;
      const text = serializeClipboard(content);
      memory.current = text;
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
      if (e.type === 'cut') store.getState().run('deleteSelection');
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!within()) return;
      pasteEventSeen = true;
      const text = e.clipboardData?.getData('text/plain') || memory.current;
      if (store.getState().run('paste', { text })) e.preventDefault();
    };
    // Capture phase: React Flow's own node handlers would otherwise move nodes on arrow keys.
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [root, store, onFitView]);

  // Toolbar buttons cannot raise clipboard events: they use the async Clipboard API, falling
  // back to an in-page clipboard when the browser refuses.
  return {
    async copy() {
      const content = copySelection(store.getState());
      if (!content) return;
      memory.current = serializeClipboard(content);
      await navigator.clipboard?.writeText(memory.current).catch(() => undefined);
    },
    async cut() {
      const content = copySelection(store.getState());
      if (!content) return;
      memory.current = serializeClipboard(content);
      await navigator.clipboard?.writeText(memory.current).catch(() => undefined);
      store.getState().run('deleteSelection');
    },
    async paste() {
      const text = (await navigator.clipboard?.readText().catch(() => '')) || memory.current;
      store.getState().run('paste', { text });
    },
  };
}
