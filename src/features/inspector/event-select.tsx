import { useEvents } from '../../api/list-events';

type Props = {
  id?: string;
  value: string;
  onChange(value: string): void;
  label?: string;
  allowTrigger?: boolean;
  includeNone?: string;
};

export function EventSelect({ id, value, onChange, label, allowTrigger = true, includeNone }: Props) {
  const events = useEvents();
  const known = events.data ?? [];
  const missing = value && value !== 'trigger' && !known.some((e) => e.id === value);
  return (
    <select id={id} aria-label={id ? undefined : label} value={value} onChange={(e) => onChange(e.target.value)}>
      {includeNone !== undefined && <option value="">{includeNone}</option>}
      {allowTrigger && <option value="trigger">The event of the entry trigger</option>}
      {missing && <option value={value}>{value} (not in the catalog)</option>}
      {events.isPending && <option disabled>Loading events…</option>}
      {known.map((e) => (
        <option key={e.id} value={e.id}>
          {e.name} ({e.id})
        </option>
      ))}
    </select>
  );
}
