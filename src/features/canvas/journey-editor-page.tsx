import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { JourneyResource } from '../../api/common';
import { useCreateJourney } from '../../api/create-journey';
import { useDuplicateJourney } from '../../api/duplicate-journey';
import { useJourney } from '../../api/get-journey';
import { useTriggers } from '../../api/list-triggers';
import { usePublishJourney, validationFindings } from '../../api/publish-journey';
import { useStopJourney } from '../../api/stop-journey';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorState, LoadingState } from '../../components/states';
import { StatusBadge } from '../../components/status-badge';
import type { Finding } from '../../domain/findings';
import type { Journey } from '../../domain/journey-schema';
import { createEditorStore } from '../../editor/editor-store';
import { TILE_HEIGHT, TILE_WIDTH } from '../../editor/tile-size';
import { InspectorPanel } from '../inspector/inspector-panel';
import { FindingsList } from '../validation/findings-list';
import { useJourneyValidation, useValidationContext } from '../validation/use-journey-validation';
import { ValidationPanel, checksSummary } from '../validation/validation-panel';
import { ConflictDialog } from './conflict-dialog';
import { EditorStoreProvider, useEditor, useEditorStoreApi } from './editor-store-provider';
import { EditorToolbar } from './editor-toolbar';
import { JourneyCanvas } from './journey-canvas';
import { downloadJourney, readJourneyFile } from './journey-file';
import { clearDraft, readDraft, sameDocument, type LocalDraft } from './local-draft';
import { NarrowFold } from './narrow-fold';
import { TilePalette } from './tile-palette';
import { statusText, useAutosave } from './use-autosave';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { VersionsDialog } from './versions-dialog';
import './editor.css';

export function JourneyEditorPage() {
  const { id = '' } = useParams();
  const query = useJourney(id);
  if (query.isPending) return <LoadingState label="Opening the journey…" />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return <ErrorState error={query.error} title={notFound ? 'This journey does not exist.' : 'The journey could not be opened.'} onRetry={notFound ? undefined : () => void query.refetch()} />;
  }
  return <EditorSession key={id} resource={query.data} />;
}

function EditorSession({ resource }: { resource: JourneyResource }) {
  const id = resource.journey.id;
  const [store] = useState(() => createEditorStore(resource.journey));
  // A draft left by a reload or an offline spell is offered back, never applied silently.
  const [draft, setDraft] = useState<LocalDraft | null>(() => {
    const found = readDraft(id);
    return found && !sameDocument(found.journey, resource.journey) ? found : null;
  });
  return (
    <ReactFlowProvider>
      <EditorStoreProvider store={store}>
        <JourneyEditor resource={resource} draft={draft} onDraftHandled={() => setDraft(null)} />
      </EditorStoreProvider>
    </ReactFlowProvider>
  );
}

function JourneyEditor({ resource, draft, onDraftHandled }: { resource: JourneyResource; draft: LocalDraft | null; onDraftHandled(): void }) {
  const id = resource.journey.id;
  const store = useEditorStoreApi();
  // Not the whole document: a drag changes it 60 times a second, and nothing here needs positions.
  const name = useEditor((s) => s.journey.name);
  const structureVersion = useEditor((s) => s.structureVersion);
  const context = useValidationContext();
  const validation = useJourneyValidation(store, structureVersion, context);
  const triggers = useTriggers();
  const triggerNames = useMemo(() => (triggers.data ? new Map(triggers.data.map((t) => [t.id, t.name])) : undefined), [triggers.data]);
  const autosave = useAutosave(id, store, resource.version);
  const root = useRef<HTMLDivElement>(null);
  const canvasArea = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const fitView = useCallback(() => void flow.fitView({ padding: 0.2, maxZoom: 1, duration: 200 }), [flow]);
  const clipboard = useEditorShortcuts(root, store, fitView);
  // The editor takes the whole window width. A class on the shell, not `.shell-main:has(...)`:
  // a :has() rule makes Chrome re-check the shell on every DOM change of the canvas below it.
  useLayoutEffect(() => {
    const shell = root.current?.closest('.shell-main');
    shell?.classList.add('has-journey-editor');
    return () => shell?.classList.remove('has-journey-editor');
  }, []);
  const navigate = useNavigate();
  const publish = usePublishJourney();
  const stop = useStopJourney();
  const duplicate = useDuplicateJourney();
  const create = useCreateJourney();
  const [status, setStatus] = useState(resource.status);
  const [serverFindings, setServerFindings] = useState<Finding[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [showVersions, setShowVersions] = useState(false);
  const [importProblem, setImportProblem] = useState<{ message: string; findings: Finding[] } | null>(null);
  const [dismissedConflict, setDismissedConflict] = useState<number | null>(null);
  // Only a narrow window folds these (see NarrowFold); a wide one always shows both.
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const [checksOpen, setChecksOpen] = useState(true);
  // Picking a tile means editing it: a folded inspector opens again.
  useEffect(
    () => store.subscribe((s, prev) => {
      if (s.selection.tiles !== prev.selection.tiles && s.selection.tiles.length > 0) setInspectorOpen(true);
    }),
    [store],
  );

  const reveal = useCallback(
    (tileId: string) => {
      store.getState().select({ tiles: [tileId], edges: [] });
      const node = flow.getInternalNode(tileId);
      const tile = store.getState().journey.tiles.find((t) => t.id === tileId);
      const p = node?.internals.positionAbsolute ?? tile?.position;
      if (!p) return;
      // On a narrow window the checks sit below the canvas: bring the canvas back into view.
      canvasArea.current?.scrollIntoView?.({ block: 'nearest' });
      const w = node?.measured.width ?? TILE_WIDTH;
      const h = node?.measured.height ?? TILE_HEIGHT;
      void flow.setCenter(p.x + w / 2, p.y + h / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 250 });
    },
    [flow, store],
  );
  const tileLabel = useCallback((tileId: string) => store.getState().journey.tiles.find((t) => t.id === tileId)?.label, [store]);

  async function onPublish() {
    setMessage(null);
    setServerFindings(null);
    if (!(await autosave.flush())) {
      setMessage('Save the journey before publishing: it could not be saved.');
      return;
    }
    try {
      const published = await publish.mutateAsync(id);
      setStatus(published.status);
      autosave.adoptBase(published.version);
      setMessage('The journey is live.');
    } catch (error) {
      const findings = validationFindings(error);
      if (findings) setServerFindings(findings as Finding[]);
      else setMessage(error instanceof Error ? error.message : 'The journey could not be published.');
    }
  }

  async function onStop() {
    setMessage(null);
    try {
      const stopped = await stop.mutateAsync(id);
      setStatus(stopped.status);
      autosave.adoptBase(stopped.version);
      setMessage('The journey is stopped: no new contact enters it.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The journey could not be stopped.');
    }
  }

  async function onDuplicate() {
    await autosave.flush();
    try {
      const copy = await duplicate.mutateAsync(id);
      navigate(`/journeys/${encodeURIComponent(copy.journey.id)}`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The journey could not be duplicated.');
    }
  }

  async function saveMineAsCopy() {
    const mine = store.getState().journey;
    const copy: Journey = { ...mine, id: `${id.slice(0, 48)}-copy-${Date.now().toString(36)}`, name: `${mine.name} (my copy)`.slice(0, 200) };
    try {
      const created = await create.mutateAsync(copy);
      clearDraft(id);
      navigate(`/journeys/${encodeURIComponent(created.journey.id)}`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The copy could not be saved.');
    }
  }

  async function onImport(file: File) {
    const outcome = readJourneyFile(await file.text(), id);
    if (!outcome.ok) setImportProblem({ message: outcome.message, findings: outcome.findings });
    else store.getState().load(outcome.journey, { keepHistory: true, command: 'importFile' });
  }

  const blocked = validation.errors.length > 0;
  const saveState = autosave.status;
  const conflictOpen = saveState.kind === 'conflict' && dismissedConflict !== saveState.current.version;
  return (
    <div className="journey-editor" ref={root}>
      <header className="editor-header">
        <div className="editor-title">
          <h1>{name}</h1>
          <StatusBadge status={status} />
          <span className={`save-status save-${saveState.kind}`} role="status" aria-live="polite">
            {statusText(saveState)}
          </span>
          {saveState.kind === 'conflict' && !conflictOpen && (
            <Button onClick={() => setDismissedConflict(null)}>Resolve the conflict</Button>
          )}
        </div>
        <div className="editor-actions">
          <Button onClick={() => setShowVersions(true)}>Versions</Button>
          <Button onClick={() => void onDuplicate()} busy={duplicate.isPending}>Duplicate</Button>
          {status === 'live' && <Button variant="danger" onClick={() => void onStop()} busy={stop.isPending}>Stop</Button>}
          <Button
            variant="primary"
            onClick={() => void onPublish()}
            disabled={blocked}
            busy={publish.isPending}
            aria-describedby={blocked ? 'publish-blocked' : undefined}
          >
            {status === 'live' ? 'Publish changes' : 'Publish'}
          </Button>
        </div>
      </header>
      {blocked && (
        <p id="publish-blocked" className="publish-blocked">
          Publishing is blocked by {validation.errors.length} error{validation.errors.length === 1 ? '' : 's'}: {validation.errors.slice(0, 3).map((f) => f.message).join(' ')}
          {validation.errors.length > 3 ? ' …see the checks panel.' : ''}
        </p>
      )}
      {message && <p className="editor-message" role="status">{message}</p>}
      {serverFindings && (
        <div className="editor-message is-bad" role="alert">
          The server refused to publish:
          <FindingsList findings={serverFindings} onSelectTile={reveal} />
        </div>
      )}
      {draft && (
        <div className="draft-offer" role="region" aria-label="Unsaved changes found">
          <p>
            Unsaved changes to this journey from {new Date(draft.savedAt).toLocaleString()} were kept on this device.
          </p>
          <Button
            variant="primary"
            onClick={() => {
              store.getState().load(draft.journey, { keepHistory: true, command: 'restoreDraft' });
              autosave.adoptBase(draft.baseVersion);
              onDraftHandled();
            }}
          >
            Restore my changes
          </Button>
          <Button
            onClick={() => {
              clearDraft(id);
              onDraftHandled();
            }}
          >
            Discard them
          </Button>
        </div>
      )}
      <EditorToolbar clipboard={clipboard} onExport={() => downloadJourney(store.getState().journey)} onImport={(f) => void onImport(f)} />
      <div className="editor-body">
        <aside className="editor-left">
          <TilePalette />
        </aside>
        <div className="editor-canvas-area" ref={canvasArea}>
          <JourneyCanvas badges={validation.badges} triggerNames={triggerNames} />
        </div>
        <aside className="editor-right" aria-label="Inspector and checks">
          <NarrowFold label="Inspector" className="inspector-fold" open={inspectorOpen} onToggle={() => setInspectorOpen((o) => !o)}>
            <InspectorPanel />
          </NarrowFold>
          <NarrowFold label="Checks" summary={checksSummary(validation)} className="checks-fold" open={checksOpen} onToggle={() => setChecksOpen((o) => !o)}>
            <ValidationPanel result={validation} onSelectTile={reveal} tileLabel={tileLabel} notice={context.notice} />
          </NarrowFold>
        </aside>
      </div>
      {saveState.kind === 'conflict' && conflictOpen && (
        <ConflictDialog
          mine={store.getState().journey}
          theirs={saveState.current}
          onKeepMine={() => autosave.keepMine()}
          onTakeTheirs={() => autosave.takeTheirs()}
          onSaveCopy={() => void saveMineAsCopy()}
          copying={create.isPending}
          onClose={() => setDismissedConflict(saveState.current.version)}
        />
      )}
      {showVersions && (
        <VersionsDialog
          id={id}
          onClose={() => setShowVersions(false)}
          onRestore={(restored) => {
            store.getState().load({ ...restored, id }, { keepHistory: true, command: 'restoreVersion' });
            setShowVersions(false);
          }}
        />
      )}
      {importProblem && (
        <Dialog open title="This file cannot be imported" onClose={() => setImportProblem(null)} footer={<Button onClick={() => setImportProblem(null)}>Close</Button>}>
          <p>{importProblem.message}</p>
          {importProblem.findings.length > 0 && <FindingsList findings={importProblem.findings} />}
        </Dialog>
      )}
    </div>
  );
}
