import { useId } from 'react';
import type { EventRelativeTime } from '../../domain/journey-schema';
import { DurationInput, fromIso } from './duration-input';
import { EventSelect } from './event-select';

type Props = { legend: string; value: EventRelativeTime; onChange(next: EventRelativeTime): void };

// "1 day before the start of the event of the entry trigger": event, anchor and a signed offset.
export function EventTimeInput({ legend, value, onChange }: Props) {
  const id = useId();
  const offset = value.offset ? fromIso(value.offset) : null;
  const direction = !value.offset ? 'at' : value.offset.startsWith('-') ? 'before' : 'after';
  const magnitude = value.offset ? value.offset.replace(/^-/, '') : 'P1D';
  const set = (patch: Partial<EventRelativeTime>) => {
    const next = { ...value, ...patch };
    if (!next.offset) delete next.offset;
    onChange(next);
  };
  return (
    <fieldset className="insp-fieldset">
      <legend>{legend}</legend>
      <div className="insp-field">
        <label htmlFor={`${id}-event`}>Event</label>
        <EventSelect id={`${id}-event`} value={value.event} onChange={(event) => set({ event })} />
      </div>
      <div className="insp-row">
        <select aria-label={`${legend}: before or after`} value={direction} onChange={(e) => {
          const dir = e.target.value;
          set({ offset: dir === 'at' ? undefined : `${dir === 'before' ? '-' : ''}${magnitude}` });
        }}>
          <option value="at">At the</option>
          <option value="before">Before the</option>
          <option value="after">After the</option>
        </select>
        <select aria-label={`${legend}: start or end`} value={value.anchor} onChange={(e) => set({ anchor: e.target.value as 'start' | 'end' })}>
          <option value="start">start</option>
          <option value="end">end</option>
        </select>
      </div>
      {direction !== 'at' && (
        <DurationInput
          label={`${legend}: how long ${direction}`}
          value={offset ? magnitude : magnitude}
          onChange={(iso) => set({ offset: `${direction === 'before' ? '-' : ''}${iso.replace(/^-/, '')}` })}
        />
      )}
    </fieldset>
  );
}
