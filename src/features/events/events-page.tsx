import { Link } from 'react-router';
import { useEvents } from '../../api/list-events';
import { DateTimeDisplay } from '../../components/date-time-display';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatLabels } from './event-labels';

export function EventsPage() {
  const query = useEvents();

  return (
    <section aria-labelledby="events-title">
      <div className="page-header">
        <div>
          <h1 id="events-title">Events</h1>
          <p>Marketing events with their registrations and check-ins. Times are shown in each event’s zone and in yours.</p>
        </div>
      </div>
      {query.isPending ? (
        <LoadingState label="Loading events…" />
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="The events could not be loaded."
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      ) : query.data.length === 0 ? (
        <EmptyState title="No events yet">Events created in the marketing platform appear here.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table-stack">
            <caption className="visually-hidden">Events</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Format</th>
                <th scope="col">Starts</th>
                <th scope="col" className="num">
                  Sessions
                </th>
                <th scope="col" className="num">
                  Registered
                </th>
                <th scope="col" className="num">
                  Checked in
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((event) => (
                <tr key={event.id}>
                  <td>
                    <Link className="row-title" to={`/events/${encodeURIComponent(event.id)}`}>
                      {event.name}
                    </Link>
                    <div className="trigger-id">{event.id}</div>
                  </td>
                  <td data-label="Format">{formatLabels[event.format]}</td>
                  <td data-label="Starts">
                    <DateTimeDisplay value={event.start} zone={event.timeZone} />
                  </td>
                  <td className="num" data-label="Sessions">
                    {event.sessions?.length ?? 0}
                  </td>
                  <td className="num" data-label="Registered">
                    {event.stats.registered}
                  </td>
                  <td className="num" data-label="Checked in">
                    {event.stats.checkIns}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
