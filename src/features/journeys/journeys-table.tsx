import { useState } from 'react';
import { Link } from 'react-router';
import type { JourneySummary } from '../../api/common';
import { useDuplicateJourney } from '../../api/duplicate-journey';
import { Button } from '../../components/button';
import { RelativeTime } from '../../components/date-time-display';
import { InlineError } from '../../components/states';
import { StatusBadge } from '../../components/status-badge';

export type JourneysTableProps = {
  journeys: JourneySummary[];
  onDelete: (journey: JourneySummary) => void;
};

export function JourneysTable({ journeys, onDelete }: JourneysTableProps) {
  const duplicate = useDuplicateJourney();
  const [copied, setCopied] = useState<{ id: string; name: string } | null>(null);

  return (
    <>
      {copied ? (
        <div className="inline-success" role="status">
          Copied as <Link to={`/journeys/${encodeURIComponent(copied.id)}`}>{copied.name}</Link> (draft).
        </div>
      ) : null}
      <InlineError error={duplicate.error} title="The journey was not duplicated." />
      <div className="table-wrap">
        <table className="table table-stack">
          <caption className="visually-hidden">Journeys</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Version
              </th>
              <th scope="col">Last saved</th>
              <th scope="col" className="actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {journeys.map((j) => (
              <tr key={j.id}>
                <td>
                  <Link className="row-title" to={`/journeys/${encodeURIComponent(j.id)}`}>
                    {j.name}
                  </Link>
                  <div className="trigger-id">{j.id}</div>
                </td>
                <td data-label="Status">
                  <StatusBadge status={j.status} />
                </td>
                <td className="num" data-label="Version">
                  {j.version}
                </td>
                <td data-label="Last saved">
                  <RelativeTime value={j.updatedAt} />
                </td>
                <td className="actions">
                  <Button
                    className="btn-small"
                    aria-label={`Duplicate ${j.name}`}
                    busy={duplicate.isPending && duplicate.variables === j.id}
                    onClick={() =>
                      duplicate.mutate(j.id, {
                        onSuccess: (r) => setCopied({ id: r.journey.id, name: r.journey.name }),
                      })
                    }
                  >
                    Duplicate
                  </Button>
                  <Button className="btn-small" variant="ghost" aria-label={`Delete ${j.name}`} onClick={() => onDelete(j)}>
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
