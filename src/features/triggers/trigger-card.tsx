import type { CatalogTrigger } from '../../api/list-triggers';
import type { TriggerDefinition } from '../../domain/catalog';
import { Button } from '../../components/button';
import { StatusBadge } from '../../components/status-badge';
import { attributeTypeLabels, actionLabels } from './trigger-form';

export type TriggerCardProps = {
  trigger: CatalogTrigger;
  onEdit?: (t: TriggerDefinition) => void;
  onMarkReady?: (t: TriggerDefinition) => void;
  markingReady?: boolean;
};

function isDefinition(t: CatalogTrigger): t is TriggerDefinition {
  return t.kind === 'custom' || t.kind === 'record-change';
}

export function TriggerCard({ trigger, onEdit, onMarkReady, markingReady }: TriggerCardProps) {
  const titleId = `trigger-${trigger.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <li className="trigger-card" aria-labelledby={titleId}>
      <div className="trigger-card-head">
        <div>
          <h3 id={titleId}>{trigger.name}</h3>
          <div className="trigger-id">{trigger.id}</div>
        </div>
        <StatusBadge status={trigger.status} />
      </div>
      {trigger.kind === 'record-change' ? (
        <dl className="kv">
          <dt>Table</dt>
          <dd>{trigger.table}</dd>
          <dt>Contact in</dt>
          <dd>{trigger.audience}</dd>
          <dt>When</dt>
          <dd>
            {actionLabels[trigger.action]}
            {trigger.action !== 'created' && trigger.columns.length ? ` (${trigger.columns.join(', ')} changed)` : ''}
          </dd>
        </dl>
      ) : trigger.attributes.length ? (
        <ul className="attr-list" aria-label={`Attributes of ${trigger.name}`}>
          {trigger.attributes.map((a) => (
            <li key={a.name} title={attributeTypeLabels[a.type]}>
              {a.name}: {a.type}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No attributes</p>
      )}
      {isDefinition(trigger) ? (
        <div className="trigger-card-actions">
          <Button className="btn-small" aria-label={`Edit ${trigger.name}`} onClick={() => onEdit?.(trigger)}>
            Edit
          </Button>
          {trigger.status === 'draft' ? (
            <Button
              className="btn-small"
              variant="primary"
              aria-label={`Mark ${trigger.name} ready`}
              busy={markingReady}
              onClick={() => onMarkReady?.(trigger)}
            >
              Mark ready
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
