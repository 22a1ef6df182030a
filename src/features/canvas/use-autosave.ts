import { useCallback, useEffect, useRef, useState } from 'react';
import type { JourneyResource } from '../../api/common';
import { ApiError, NetworkError } from '../../api/client';
import { conflictCurrent, useSaveJourney } from '../../api/save-journey';
import type { Journey } from '../../domain/journey-schema';
import type { EditorStore } from '../../editor/editor-store';
import { clearDraft, writeDraft } from './local-draft';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'conflict'; current: JourneyResource }
  | { kind: 'failed'; message: string };

const PAUSE_MS = 1000;
const RETRY_MS = 4000;
const DRAFT_MS = 300;

export type Autosave = {
  status: SaveStatus;
  baseVersion: number;
  // Save now (before publishing); resolves true when the server has the current document.
  flush(): Promise<boolean>;
  keepMine(): void;
  takeTheirs(): void;
  // The document now in the store was just restored from a draft based on `version`.
  adoptBase(version: number): void;
};

// Saves after a pause in editing, with If-Match on the version the edits started from. Every
// change is also written to a local draft at once, so a reload or a lost connection keeps it.
export function useAutosave(id: string, store: EditorStore, initialVersion: number): Autosave {
  const save = useSaveJourney(id);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const baseVersion = useRef(initialVersion);
  const [shownBase, setShownBase] = useState(initialVersion);
  const savedRevision = useRef(store.getState().revision);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  const suppress = useRef(false);
  const mutate = save.mutateAsync;

  const schedule = useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  const saveNow = useCallback((): Promise<boolean> => {
    if (inFlight.current) return inFlight.current.then(() => saveNow());
    const { journey, revision } = store.getState();
    if (revision === savedRevision.current) return Promise.resolve(true);
    if (blocked.current) return Promise.resolve(false);
    setStatus({ kind: 'saving' });
    const attempt = mutate({ journey, version: baseVersion.current }).then(
      (resource) => {
        baseVersion.current = resource.version;
        setShownBase(resource.version);
        savedRevision.current = revision;
        if (store.getState().revision === revision) {
          clearDraft(id);
          setStatus({ kind: 'saved' });
        } else {
          setStatus({ kind: 'unsaved' });
        }
        return true;
      },
      (error: unknown) => {
        const current = conflictCurrent(error);
        if (current) {
          blocked.current = true;
          setStatus({ kind: 'conflict', current });
        } else if (error instanceof NetworkError) {
          setStatus({ kind: 'offline' });
        } else {
          setStatus({ kind: 'failed', message: error instanceof ApiError ? error.message : 'The journey could not be saved.' });
        }
        return false;
      },
    );
    inFlight.current = attempt;
    return attempt.finally(() => {
      inFlight.current = null;
    });
  }, [id, mutate, store]);

  // Retry while offline or after a server failure; the draft already holds the changes.
  useEffect(() => {
    if (status.kind !== 'offline' && status.kind !== 'failed') return;
    const retry = setInterval(() => void saveNow(), RETRY_MS);
    const online = () => void saveNow();
    window.addEventListener('online', online);
    return () => {
      clearInterval(retry);
      window.removeEventListener('online', online);
    };
  }, [status.kind, saveNow]);

  useEffect(() => {
    return store.subscribe((state, previous) => {
      if (state.revision === previous.revision || suppress.current) return;
      if (state.revision === savedRevision.current) return;
      // Serialising a large journey on every pointer move of a drag would cost frames: the
      // draft is written a moment after the last change, and at once when the page is hidden.
      if (draftTimer.current) clearTimeout(draftTimer.current);
      draftTimer.current = setTimeout(() => {
        draftTimer.current = null;
        if (store.getState().revision !== savedRevision.current) writeDraft(id, store.getState().journey, baseVersion.current);
      }, DRAFT_MS);
      if (blocked.current) return;
      setStatus((s) => (s.kind === 'offline' || s.kind === 'saving' || s.kind === 'unsaved' ? s : { kind: 'unsaved' }));
      schedule(PAUSE_MS, () => void saveNow());
    });
  }, [id, store, schedule, saveNow]);

  useEffect(() => {
    const flushDraft = () => {
      if (!draftTimer.current) return;
      clearTimeout(draftTimer.current);
      draftTimer.current = null;
      if (store.getState().revision !== savedRevision.current) writeDraft(id, store.getState().journey, baseVersion.current);
    };
    window.addEventListener('pagehide', flushDraft);
    return () => {
      window.removeEventListener('pagehide', flushDraft);
      flushDraft();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [id, store]);

  return {
    status,
    baseVersion: shownBase,
    flush: () => {
      if (timer.current) clearTimeout(timer.current);
      return saveNow();
    },
    keepMine: () => {
      if (status.kind !== 'conflict') return;
      baseVersion.current = status.current.version;
      setShownBase(status.current.version);
      blocked.current = false;
      writeDraft(id, store.getState().journey, baseVersion.current);
      void saveNow();
    },
    takeTheirs: () => {
      if (status.kind !== 'conflict') return;
      const theirs: Journey = status.current.journey;
      baseVersion.current = status.current.version;
      setShownBase(status.current.version);
      blocked.current = false;
      // Undoable: "take theirs" by mistake can be reverted, which then saves mine on top.
      suppress.current = true;
      store.getState().load(theirs, { keepHistory: true, command: 'takeTheirs' });
      suppress.current = false;
      savedRevision.current = store.getState().revision;
      clearDraft(id);
      setStatus({ kind: 'saved' });
    },
    adoptBase: (version: number) => {
      baseVersion.current = version;
      setShownBase(version);
    },
  };
}

export function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'Saved';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'offline':
      return 'Offline — changes kept on this device';
    case 'conflict':
      return 'Conflict: someone else saved this journey';
    case 'failed':
      return `Not saved: ${status.message}`;
  }
}
