import { useId } from 'react';
import type { EventRelativeTime, Tile, WaitTile } from '../../domain/journey-schema';
import { OptionalCondition, withWhere } from './condition-builder';
import { DurationInput } from './duration-input';
import { EventTimeInput } from './event-time-input';
import { TextInput } from './text-input';
import { TriggerSelect } from './trigger-select';
import { useBuilderContext } from './use-builder-context';
import type { CommitTile } from './use-tile-commit';

type Mode = WaitTile['mode'];
const defaultEventTime: EventRelativeTime = { event: 'trigger', anchor: 'start', offset: '-P1D' };

function base(tile: WaitTile) {
  return { id: tile.id, kind: 'wait' as const, ...(tile.label !== undefined ? { label: tile.label } : {}), ...(tile.position ? { position: tile.position } : {}) };
}

// Switching mode keeps the id, label and position; the ports change (next ↔ triggered/timeout)
// and the edges of ports that disappear are dropped by the command, in the same undo step.
function switchMode(tile: WaitTile, mode: Mode): Tile {
  if (mode === 'duration') return { ...base(tile), mode, duration: 'P1D' };
  if (mode === 'until') return { ...base(tile), mode, until: { ...defaultEventTime } };
  return { ...base(tile), mode, trigger: 'checkin.created', timeout: { event: 'trigger', anchor: 'end', offset: 'PT6H' } } as Tile;
}

export function WaitForm({ tile, commit }: { tile: WaitTile; commit: CommitTile }) {
  const id = useId();
  const ctx = useBuilderContext(tile.mode === 'trigger' ? tile.trigger : undefined);
  return (
    <>
      <fieldset className="insp-fieldset">
        <legend>Wait</legend>
        {(['duration', 'until', 'trigger'] as Mode[]).map((m) => (
          <label key={m} className="insp-radio">
            <input type="radio" name={`${id}-mode`} checked={tile.mode === m} onChange={() => commit(switchMode(tile, m), 'mode')} />
            {m === 'duration' ? 'For a time' : m === 'until' ? 'Until a moment' : 'For a signal (with a timeout)'}
          </label>
        ))}
      </fieldset>
      {tile.mode === 'duration' && <DurationInput label="How long" value={tile.duration} onChange={(duration) => commit({ ...tile, duration }, 'duration')} />}
      {tile.mode === 'until' && (
        <>
          <fieldset className="insp-fieldset">
            <legend>Until</legend>
            <label className="insp-radio">
              <input type="radio" name={`${id}-until`} checked={'at' in tile.until} onChange={() => commit({ ...tile, until: { at: '2026-04-01T09:00' } }, 'until-kind')} />
              A date and time (journey time zone)
            </label>
            <label className="insp-radio">
              <input type="radio" name={`${id}-until`} checked={!('at' in tile.until)} onChange={() => commit({ ...tile, until: { ...defaultEventTime } }, 'until-kind')} />
              A time relative to an event
            </label>
          </fieldset>
          {'at' in tile.until ? (
            <div className="insp-field">
              <label htmlFor={`${id}-at`}>Date and time</label>
              <TextInput id={`${id}-at`} type="datetime-local" value={tile.until.at} onCommit={(at) => commit({ ...tile, until: { at } }, 'until-at')} />
            </div>
          ) : (
            <EventTimeInput legend="Until" value={tile.until} onChange={(until) => commit({ ...tile, until }, 'until')} />
          )}
        </>
      )}
      {tile.mode === 'trigger' && (
        <>
          <div className="insp-field">
            <label htmlFor={`${id}-trigger`}>Signal to wait for</label>
            <TriggerSelect id={`${id}-trigger`} value={tile.trigger} onChange={(trigger) => commit({ ...tile, trigger }, 'trigger')} />
          </div>
          <OptionalCondition
            label="Only a signal where"
            value={tile.where}
            ctx={ctx}
            onChange={(where) => commit(withWhere(tile, where), 'where')}
          />
          <fieldset className="insp-fieldset">
            <legend>Timeout</legend>
            <label className="insp-radio">
              <input type="radio" name={`${id}-timeout`} checked={typeof tile.timeout === 'string'} onChange={() => commit({ ...tile, timeout: 'P1D' }, 'timeout-kind')} />
              After a time
            </label>
            <label className="insp-radio">
              <input type="radio" name={`${id}-timeout`} checked={typeof tile.timeout === 'object'} onChange={() => commit({ ...tile, timeout: { event: 'trigger', anchor: 'end', offset: 'PT6H' } }, 'timeout-kind')} />
              Relative to an event
            </label>
            {tile.timeout === undefined && <p className="insp-error">No timeout: contacts would wait forever.</p>}
          </fieldset>
          {typeof tile.timeout === 'string' && <DurationInput label="Time out after" value={tile.timeout} onChange={(timeout) => commit({ ...tile, timeout }, 'timeout')} />}
          {typeof tile.timeout === 'object' && <EventTimeInput legend="Time out" value={tile.timeout} onChange={(timeout) => commit({ ...tile, timeout }, 'timeout')} />}
        </>
      )}
    </>
  );
}
