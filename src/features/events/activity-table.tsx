import { useRef } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { DateTime } from 'luxon';
import { useEventActivity, type ActivityRecord } from '../../api/list-event-activity';
import { Button } from '../../components/button';
import { viewerTimeZone } from '../../components/date-time-display';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { activityDetail, activityTypeLabel, contactLabel } from './event-labels';

const rowHeight = 52;
const maxHeight = 520;
const fallbackRect = { width: 800, height: maxHeight };

function TimeCell({ at, zone, viewerZone }: { at: string; zone: string; viewerZone: string }) {
  const dt = DateTime.fromISO(at, { zone });
  if (!dt.isValid) return <>{at}</>;
  const viewer = dt.setZone(viewerZone);
  return (
    <time dateTime={dt.toISO() ?? at} className="datetime">
      <span>{dt.toFormat('d LLL yyyy, HH:mm:ss')}</span>
      {viewer.offset !== dt.offset ? <span className="datetime-viewer">{viewer.toFormat('d LLL, HH:mm')} your time</span> : null}
    </time>
  );
}

export type ActivityTableProps = { eventId: string; timeZone: string; viewerZone?: string };

/**
 * The event's activity in instant order, page by page. Rows are virtualised so thousands of
 * loaded records scroll smoothly; the header and the row semantics stay a real table.
 */
export function ActivityTable({ eventId, timeZone, viewerZone = viewerTimeZone() }: ActivityTableProps) {
  const query = useEventActivity(eventId);
  const records: ActivityRecord[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Without layout (first paint, jsdom) the box measures 0: render a screenful rather than nothing.
    initialRect: fallbackRect,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : fallbackRect)),
  });

  if (query.isPending) return <LoadingState label="Loading activity…" />;
  if (query.isError && records.length === 0) {
    return (
      <ErrorState
        error={query.error}
        title="The activity could not be loaded."
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  if (records.length === 0) return <EmptyState title="No activity yet">Registrations, join clicks and check-ins appear here.</EmptyState>;

  const items = virtualizer.getVirtualItems();
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const height = Math.min(maxHeight, records.length * rowHeight + 44);

  return (
    <>
      <div
        ref={scrollRef}
        className="table-wrap activity-scroll"
        style={{ height, overflowY: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label="Activity records"
      >
        <table className="table table-sticky" aria-rowcount={records.length + 1}>
          <caption className="visually-hidden">Activity of this event, oldest first</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">When ({timeZone})</th>
              <th scope="col">What</th>
              <th scope="col">Contact</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 ? (
              <tr aria-hidden="true" style={{ height: padTop }}>
                <td colSpan={4} />
              </tr>
            ) : null}
            {items.map((item) => {
              const r = records[item.index];
              return (
                <tr key={item.key} aria-rowindex={item.index + 2} style={{ height: rowHeight }}>
                  <td>
                    <TimeCell at={r.at} zone={timeZone} viewerZone={viewerZone} />
                  </td>
                  <td>{activityTypeLabel(r.type)}</td>
                  <td>{contactLabel(r.contact)}</td>
                  <td className="muted">{activityDetail(r)}</td>
                </tr>
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden="true" style={{ height: padBottom }}>
                <td colSpan={4} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div className="list-footer">
        <span aria-live="polite">
          {records.length} record{records.length === 1 ? '' : 's'} loaded{query.hasNextPage ? '' : ' (all)'}
        </span>
        {query.hasNextPage ? (
          <Button onClick={() => void query.fetchNextPage()} busy={query.isFetchingNextPage}>
            Load more activity
          </Button>
        ) : null}
      </div>
      {query.isFetchNextPageError ? (
        <ErrorState error={query.error} title="More activity could not be loaded." onRetry={() => void query.fetchNextPage()} />
      ) : null}
    </>
  );
}
