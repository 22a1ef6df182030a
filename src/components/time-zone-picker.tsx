import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

let zonesCache: string[] | null = null;

/** Every IANA zone the runtime knows, plus `UTC` (which `supportedValuesOf` leaves out). */
export function allTimeZones(): string[] {
  if (zonesCache) return zonesCache;
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  zonesCache = Array.from(new Set(['UTC', ...supported]));
  return zonesCache;
}

const normalise = (text: string) => text.toLowerCase().replace(/[\s_]+/g, ' ').trim();

/** Zones whose name contains every word typed, best (prefix of the city) first. */
export function filterTimeZones(query: string, zones: readonly string[] = allTimeZones()): string[] {
  const q = normalise(query);
  if (!q) return [...zones];
  const words = q.split(' ');
  const hits = zones.filter((z) => {
    const n = normalise(z);
    return words.every((w) => n.includes(w));
  });
  const city = (z: string) => normalise(z.slice(z.lastIndexOf('/') + 1));
  return hits.sort((a, b) => Number(!city(a).startsWith(q)) - Number(!city(b).startsWith(q)) || a.localeCompare(b));
}

const maxShown = 80;

export type TimeZonePickerProps = {
  value: string;
  onChange: (zone: string) => void;
  /** From FormField: id of the input so the label names it. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** Used when no visible label is wired with `id`. */
  'aria-label'?: string;
  disabled?: boolean;
};

/**
 * Searchable IANA time-zone picker following the ARIA combobox pattern (input + listbox,
 * aria-activedescendant): type to filter, arrows to move, Enter to choose, Escape to close.
 * Leaving the field with text that names no zone puts back the last chosen zone.
 */
export function TimeZonePicker({ value, onChange, id, disabled, ...aria }: TimeZonePickerProps) {
  const autoId = useId();
  const inputId = id ?? `${autoId}-input`;
  const listId = `${autoId}-list`;
  const [query, setQuery] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [lastValue, setLastValue] = useState(value);
  const listRef = useRef<HTMLUListElement>(null);

  // The parent may change the value (e.g. reset): follow it.
  if (value !== lastValue) {
    setLastValue(value);
    setQuery(value);
  }

  const filtered = useMemo(() => (query === value ? allTimeZones() : filterTimeZones(query)), [query, value]);
  const shown = filtered.slice(0, maxShown);

  const choose = (zone: string) => {
    setQuery(zone);
    setOpen(false);
    if (zone !== value) onChange(zone);
  };

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, index));
    setActive(next);
    listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        const current = shown.indexOf(value);
        setActive(current >= 0 ? current : 0);
      } else moveTo(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open) moveTo(active - 1);
    } else if (e.key === 'Enter') {
      if (open && shown[active]) {
        e.preventDefault();
        choose(shown[active]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        // Keep the Escape inside the picker so a surrounding dialog stays open.
        e.stopPropagation();
        setOpen(false);
      } else {
        setQuery(value);
      }
    }
  };

  const onBlur = () => {
    setOpen(false);
    const exact = allTimeZones().find((z) => z.toLowerCase() === query.trim().toLowerCase());
    if (exact) choose(exact);
    else setQuery(value);
  };

  const activeId = open && shown[active] ? `${listId}-${active}` : undefined;

  return (
    <div className="combobox">
      <input
        id={inputId}
        type="text"
        role="combobox"
        className="input"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        disabled={disabled}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        {...aria}
      />
      <ul id={listId} role="listbox" ref={listRef} className="combobox-list" hidden={!open} aria-label="Time zones">
        {shown.map((zone, i) => (
          <li
            key={zone}
            id={`${listId}-${i}`}
            data-index={i}
            role="option"
            aria-selected={i === active}
            className={['combobox-option', i === active ? 'is-active' : null, zone === value ? 'is-current' : null].filter(Boolean).join(' ')}
            // mousedown, not click: choosing must happen before the input's blur.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(zone);
            }}
          >
            {zone}
          </li>
        ))}
        {shown.length === 0 ? (
          <li className="combobox-empty" role="option" aria-disabled="true" aria-selected={false}>
            No time zone matches “{query}”
          </li>
        ) : null}
        {filtered.length > shown.length ? (
          <li className="combobox-more" role="option" aria-disabled="true" aria-selected={false}>
            {filtered.length - shown.length} more: keep typing to narrow
          </li>
        ) : null}
      </ul>
    </div>
  );
}
