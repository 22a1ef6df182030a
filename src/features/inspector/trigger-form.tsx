import { useId } from 'react';
import type { TriggerTile } from '../../domain/journey-schema';
import { OptionalCondition, withWhere } from './condition-builder';
import { TriggerSelect } from './trigger-select';
import { useBuilderContext } from './use-builder-context';
import type { CommitTile } from './use-tile-commit';

export const ENTRY_INTERACTION_REASON = 'cannot start a journey: it only makes sense after an email of this journey';

export function TriggerForm({ tile, commit }: { tile: TriggerTile; commit: CommitTile }) {
  const id = useId();
  const ctx = useBuilderContext();
  return (
    <>
      <div className="insp-field">
        <label htmlFor={id}>Trigger</label>
        <TriggerSelect id={id} value={tile.trigger} forbidInteraction={ENTRY_INTERACTION_REASON} onChange={(trigger) => commit({ ...tile, trigger }, 'trigger')} describedBy={`${id}-hint`} />
        <div id={`${id}-hint`} className="insp-hint">Email opened and clicked are not offered: they cannot start a journey.</div>
      </div>
      <OptionalCondition
        label="Only when"
        value={tile.where}
        ctx={ctx}
        onChange={(where) => commit(withWhere(tile, where), 'where')}
      />
    </>
  );
}
