import { useState } from 'react';
import { useTriggers, type CatalogTrigger, type TriggerFamily } from '../../api/list-triggers';
import { useUpdateTrigger } from '../../api/update-trigger';
import type { TriggerDefinition } from '../../domain/catalog';
import { Button } from '../../components/button';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../components/states';
import { TriggerCard } from './trigger-card';
import { TriggerFormDialog } from './trigger-form-dialog';

const families: { kind: TriggerFamily; title: string; about: string }[] = [
  { kind: 'business', title: 'Business', about: 'Built in. Can start or stop a journey.' },
  { kind: 'custom', title: 'Custom', about: 'Sent by your website or app. Usable in journeys once ready.' },
  { kind: 'record-change', title: 'Record change', about: 'A table of the customer database changed. Usable once ready.' },
  { kind: 'interaction', title: 'Interaction', about: 'About an email the journey sent: only inside a journey, after that email.' },
];

export function TriggersPage() {
  const query = useTriggers();
  const markReady = useUpdateTrigger();
  const [dialog, setDialog] = useState<{ key: number; editing: TriggerDefinition | null } | null>(null);
  const [dialogCount, setDialogCount] = useState(0);

  const openDialog = (editing: TriggerDefinition | null) => {
    setDialogCount((n) => n + 1);
    setDialog({ key: dialogCount + 1, editing });
  };

  const byFamily = (kind: TriggerFamily): CatalogTrigger[] => (query.data ?? []).filter((t) => t.kind === kind);
  const readyTarget = markReady.isPending ? markReady.variables?.id : undefined;

  return (
    <section aria-labelledby="triggers-title">
      <div className="page-header">
        <div>
          <h1 id="triggers-title">Triggers</h1>
          <p>The signals a journey can start from, wait for, branch on or stop at.</p>
        </div>
        <div className="page-actions">
          <Button variant="primary" onClick={() => openDialog(null)}>
            Define a trigger
          </Button>
        </div>
      </div>

      {markReady.error ? (
        <InlineError
          error={markReady.error}
          title={`“${(query.data ?? []).find((t) => t.id === markReady.variables?.id)?.name ?? markReady.variables?.id}” was not marked ready.`}
        />
      ) : null}

      {query.isPending ? (
        <LoadingState label="Loading triggers…" />
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="The trigger catalog could not be loaded."
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      ) : (
        families.map((family) => {
          const items = byFamily(family.kind);
          const headingId = `family-${family.kind}`;
          return (
            <section key={family.kind} className="family-section" aria-labelledby={headingId}>
              <h2 id={headingId}>
                {family.title} <span className="muted">{items.length}</span>
              </h2>
              <p className="muted">{family.about}</p>
              {items.length === 0 ? (
                <EmptyState title={`No ${family.title.toLowerCase()} triggers`}>
                  {family.kind === 'custom' || family.kind === 'record-change' ? 'Use “Define a trigger” to add one.' : null}
                </EmptyState>
              ) : (
                <ul className="trigger-grid">
                  {items.map((t) => (
                    <TriggerCard
                      key={t.id}
                      trigger={t}
                      onEdit={(def) => openDialog(def)}
                      onMarkReady={(def) => markReady.mutate({ id: def.id, body: { status: 'ready' } })}
                      markingReady={readyTarget === t.id}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}

      {dialog ? (
        <TriggerFormDialog key={dialog.key} open editing={dialog.editing} onClose={() => setDialog(null)} />
      ) : null}
    </section>
  );
}
