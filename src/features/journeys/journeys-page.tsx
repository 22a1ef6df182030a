import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { journeyStatusSchema, type JourneyStatus, type JourneySummary } from '../../api/common';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { journeysInfiniteQueryOptions } from '../../api/list-journeys';
import { Button } from '../../components/button';
import { FormField } from '../../components/form-field';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { CreateJourneyDialog } from './create-journey-dialog';
import { DeleteJourneyDialog } from './delete-journey-dialog';
import { ImportJourneyDialog } from './import-journey-dialog';
import { JourneysTable } from './journeys-table';
import { useDebouncedValue } from './use-debounced-value';

const statusOptions: { value: '' | JourneyStatus; label: string }[] = [
  { value: '', label: 'All statuses' },
  { value: 'draft', label: 'Draft' },
  { value: 'live', label: 'Live' },
  { value: 'stopped', label: 'Stopped' },
];

export function JourneysPage() {
  // Filters live in the URL so a reload or a shared link shows the same list.
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const parsedStatus = journeyStatusSchema.safeParse(params.get('status'));
  const status = parsedStatus.success ? parsedStatus.data : undefined;
  const debouncedSearch = useDebouncedValue(search.trim(), 250);
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const [toDelete, setToDelete] = useState<JourneySummary | null>(null);

  // While a new search loads, the previous results stay on screen instead of a spinner per keystroke.
  const query = useInfiniteQuery({
    ...journeysInfiniteQueryOptions({ search: debouncedSearch || undefined, status }),
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(debouncedSearch || status);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <section aria-labelledby="journeys-title">
      <div className="page-header">
        <div>
          <h1 id="journeys-title">Journeys</h1>
          <p>Automated paths your contacts follow after they register, attend or engage.</p>
        </div>
        <div className="page-actions">
          <Button onClick={() => setDialog('import')}>Import a journey file</Button>
          <Button variant="primary" onClick={() => setDialog('create')}>
            New journey
          </Button>
        </div>
      </div>

      <search className="toolbar" aria-label="Filter journeys">
        <FormField label="Search journeys" className="field-grow">
          {(p) => (
            <input
              {...p}
              type="search"
              className="input"
              placeholder="Name or id"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setParam('q', e.target.value.trim());
              }}
            />
          )}
        </FormField>
        <FormField label="Status">
          {(p) => (
            <select {...p} className="select" value={status ?? ''} onChange={(e) => setParam('status', e.target.value)}>
              {statusOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </search>

      {query.isPending ? (
        <LoadingState label="Loading journeys…" />
      ) : query.isError && items.length === 0 ? (
        <ErrorState
          error={query.error}
          title="The journeys could not be loaded."
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState title="No journey matches these filters.">
            <Button
              onClick={() => {
                setSearch('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              Clear filters
            </Button>
          </EmptyState>
        ) : (
          <EmptyState
            title="No journeys yet"
            action={
              <Button variant="primary" onClick={() => setDialog('create')}>
                Create your first journey
              </Button>
            }
          >
            Start from an empty journey or import a journey file.
          </EmptyState>
        )
      ) : (
        <>
          <JourneysTable journeys={items} onDelete={setToDelete} />
          <div className="list-footer">
            <span aria-live="polite">
              {query.isPlaceholderData ? 'Updating…' : `${items.length} journey${items.length === 1 ? '' : 's'} shown`}
            </span>
            {query.hasNextPage ? (
              <Button onClick={() => void query.fetchNextPage()} busy={query.isFetchingNextPage}>
                Load more
              </Button>
            ) : null}
          </div>
          {query.isFetchNextPageError ? (
            <ErrorState
              error={query.error}
              title="More journeys could not be loaded."
              onRetry={() => void query.fetchNextPage()}
            />
          ) : null}
        </>
      )}

      <CreateJourneyDialog open={dialog === 'create'} onClose={() => setDialog(null)} />
      <ImportJourneyDialog open={dialog === 'import'} onClose={() => setDialog(null)} />
      <DeleteJourneyDialog journey={toDelete} onClose={() => setToDelete(null)} />
    </section>
  );
}
