import { useId, useState } from 'react';
import { parseDuration } from '../../domain/time';

const units = [
  { id: 'M', label: 'minutes', time: true },
  { id: 'H', label: 'hours', time: true },
  { id: 'D', label: 'days', time: false },
  { id: 'W', label: 'weeks', time: false },
  { id: 'Mo', label: 'months', time: false },
] as const;
type Unit = (typeof units)[number]['id'];

export function toIso(amount: number, unit: Unit, negative = false): string {
  const sign = negative ? '-' : '';
  if (unit === 'M' || unit === 'H') return `${sign}PT${amount}${unit}`;
  if (unit === 'Mo') return `${sign}P${amount}M`;
  return `${sign}P${amount}${unit}`;
}

// ISO text → one amount and unit when the duration has a single unit; else null (shown raw).
export function fromIso(text: string): { amount: number; unit: Unit; negative: boolean } | null {
  const d = parseDuration(text);
  if (!d) return null;
  const parts: [number, Unit][] = [
    [d.minutes, 'M'],
    [d.hours, 'H'],
    [d.days, 'D'],
    [d.weeks, 'W'],
    [d.months, 'Mo'],
  ];
  const used = parts.filter(([n]) => n !== 0);
  if (d.years !== 0 || d.seconds !== 0 || used.length > 1) return null;
  if (used.length === 0) return { amount: 0, unit: 'D', negative: d.negative };
  return { amount: used[0][0], unit: used[0][1], negative: d.negative };
}

type Props = { label: string; value: string; onChange(iso: string): void; unsigned?: boolean };

// Amount + unit for the usual case; the ISO text stays editable for anything else (P1DT2H).
export function DurationInput({ label, value, onChange }: Props) {
  const id = useId();
  const simple = fromIso(value);
  const [raw, setRaw] = useState(simple === null);
  if (raw || !simple) {
    return (
      <div className="insp-field">
        <label htmlFor={`${id}-raw`}>{label} (ISO-8601, e.g. P1DT2H)</label>
        <div className="insp-row">
          <input id={`${id}-raw`} value={value} onChange={(e) => onChange(e.target.value)} />
          {simple && <button type="button" onClick={() => setRaw(false)}>Simple</button>}
        </div>
      </div>
    );
  }
  return (
    <fieldset className="insp-fieldset insp-duration">
      <legend>{label}</legend>
      <div className="insp-row">
        <input
          type="number"
          min={0}
          step={1}
          aria-label={`${label}: amount`}
          value={simple.amount}
          onChange={(e) => onChange(toIso(Math.max(0, Math.floor(Number(e.target.value) || 0)), simple.unit, simple.negative))}
        />
        <select aria-label={`${label}: unit`} value={simple.unit} onChange={(e) => onChange(toIso(simple.amount, e.target.value as Unit, simple.negative))}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{u.label}</option>
          ))}
        </select>
        <button type="button" onClick={() => setRaw(true)} aria-label={`${label}: type an ISO duration`}>ISO</button>
      </div>
    </fieldset>
  );
}
