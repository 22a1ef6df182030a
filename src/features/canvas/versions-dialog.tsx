import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { useJourneyVersion } from '../../api/get-journey-version';
import { useJourneyVersions } from '../../api/list-journey-versions';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorState, LoadingState } from '../../components/states';
import type { Journey } from '../../domain/journey-schema';
import { EditorStoreProvider } from './editor-store-provider';
import { JourneyCanvas } from './journey-canvas';

type Props = { id: string; onRestore(journey: Journey, version: number): void; onClose(): void };

export function VersionsDialog({ id, onRestore, onClose }: Props) {
  const versions = useJourneyVersions(id);
  const [chosen, setChosen] = useState<number | null>(null);
  const items = versions.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Dialog open title="Saved versions" onClose={onClose} size="large" footer={<Button onClick={onClose}>Close</Button>}>
      <div className="versions-layout">
        <div className="versions-list">
          {versions.isPending && <LoadingState label="Loading versions…" />}
          {versions.isError && <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />}
          <ul>
            {items.map((v) => (
              <li key={v.version}>
                <button type="button" aria-pressed={chosen === v.version} onClick={() => setChosen(v.version)}>
                  Version {v.version}
                  <span className="versions-date">{new Date(v.savedAt).toLocaleString()}</span>
                </button>
              </li>
            ))}
          </ul>
          {versions.hasNextPage && (
            <Button onClick={() => void versions.fetchNextPage()} busy={versions.isFetchingNextPage}>Load more</Button>
          )}
        </div>
        <div className="versions-preview">
          {chosen === null ? <p>Choose a version to see it.</p> : <VersionPreview id={id} version={chosen} onRestore={onRestore} />}
        </div>
      </div>
    </Dialog>
  );
}

function VersionPreview({ id, version, onRestore }: { id: string; version: number; onRestore: Props['onRestore'] }) {
  const query = useJourneyVersion(id, version);
  if (query.isPending) return <LoadingState label="Loading the version…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { journey } = query.data;
  return (
    <div className="version-preview">
      <p>
        <strong>{journey.name}</strong> — version {version}, {journey.tiles.length} tiles. Read only.
      </p>
      <div className="version-canvas" aria-label={`Version ${version}, read only`} role="group">
        <ReactFlowProvider>
          <EditorStoreProvider key={version} journey={journey}>
            <JourneyCanvas readOnly />
          </EditorStoreProvider>
        </ReactFlowProvider>
      </div>
      <Button variant="primary" onClick={() => onRestore(journey, version)}>Restore version {version} as the draft</Button>
    </div>
  );
}
