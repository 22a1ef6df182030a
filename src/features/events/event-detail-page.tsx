import { Link, useParams } from 'react-router';
import { errorStatus } from '../../components/describe-error';
import { useEvent } from '../../api/get-event';
import { DateTimeDisplay } from '../../components/date-time-display';
import { ErrorState, LoadingState } from '../../components/states';
import { ActivityTable } from './activity-table';
import { formatLabels } from './event-labels';

export function EventDetailPage() {
  const { id = '' } = useParams();
  const query = useEvent(id);

  if (query.isPending) return <LoadingState label="Loading the event…" />;
  if (query.isError) {
    const notFound = errorStatus(query.error) === 404;
    return (
      <section>
        <Link className="back-link" to="/events">
          ← All events
        </Link>
        <ErrorState
          error={query.error}
          title={notFound ? 'This event does not exist (any more).' : 'The event could not be loaded.'}
          onRetry={notFound ? undefined : () => void query.refetch()}
          retrying={query.isRefetching}
        />
      </section>
    );
  }
  const event = query.data;
  const { stats } = event;

  return (
    <section aria-labelledby="event-title">
      <Link className="back-link" to="/events">
        ← All events
      </Link>
      <div className="page-header">
        <div>
          <h1 id="event-title">{event.name}</h1>
          <p>
            {formatLabels[event.format]} · {event.timeZone} · <span className="trigger-id">{event.id}</span>
          </p>
        </div>
      </div>

      <dl className="stats" aria-label="Counts">
        <div className="stat">
          <dt>Registrations</dt>
          <dd>{stats.registrations}</dd>
        </div>
        <div className="stat">
          <dt>Cancellations</dt>
          <dd>{stats.cancellations}</dd>
        </div>
        <div className="stat">
          <dt>Still registered</dt>
          <dd>{stats.registered}</dd>
        </div>
        <div className="stat">
          <dt>Join clicks</dt>
          <dd>{stats.joinClicks}</dd>
        </div>
        <div className="stat">
          <dt>Checked in</dt>
          <dd>{stats.checkIns}</dd>
        </div>
      </dl>

      <div className="grid-2 section-gap">
        <div className="card">
          <h2>When</h2>
          <dl className="kv">
            <dt>Starts</dt>
            <dd>
              <DateTimeDisplay value={event.start} zone={event.timeZone} />
            </dd>
            <dt>Ends</dt>
            <dd>
              <DateTimeDisplay value={event.end} zone={event.timeZone} />
            </dd>
            <dt>Created</dt>
            <dd>
              <DateTimeDisplay value={event.createdAt} zone={event.timeZone} />
            </dd>
          </dl>
        </div>
        <div className="card">
          <h2>Sessions</h2>
          {event.sessions && event.sessions.length > 0 ? (
            <ol className="session-list">
              {event.sessions.map((s) => (
                <li key={s.id}>
                  <strong>{s.name ?? s.id}</strong>
                  <dl className="kv">
                    <dt>Starts</dt>
                    <dd>
                      <DateTimeDisplay value={s.start} zone={event.timeZone} />
                    </dd>
                    <dt>Ends</dt>
                    <dd>
                      <DateTimeDisplay value={s.end} zone={event.timeZone} />
                    </dd>
                  </dl>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">A single session: the event’s own start and end.</p>
          )}
        </div>
      </div>

      <h2 className="section-title">Activity</h2>
      <ActivityTable eventId={event.id} timeZone={event.timeZone} />
    </section>
  );
}
