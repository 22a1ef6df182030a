import { DateTime } from 'luxon';

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Parses an instant with an offset (`2026-03-02T09:00:00Z`) or a local wall time
 * (`2026-03-02T09:00`, read in `zone`) into a luxon DateTime in `zone`.
 */
export function toZoned(value: string, zone: string): DateTime | null {
  const dt = DateTime.fromISO(value, { zone });
  return dt.isValid ? dt : null;
}

const fullFormat: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

function zoneLabel(dt: DateTime): string {
  const abbreviation = dt.toFormat('ZZZZ');
  return abbreviation === dt.zoneName ? abbreviation : `${dt.zoneName} ${abbreviation}`;
}

export type DateTimeDisplayProps = {
  /** An instant with offset/Z, or a local wall time that belongs to `zone`. */
  value: string;
  /** The event's (or journey's) time zone. */
  zone: string;
  /** Defaults to the browser's zone; injectable for tests and screenshots. */
  viewerZone?: string;
  locale?: string;
};

/** A time in the event's own zone, and the same instant in the viewer's zone when it differs. */
export function DateTimeDisplay({ value, zone, viewerZone = viewerTimeZone(), locale = 'en-GB' }: DateTimeDisplayProps) {
  const inZone = toZoned(value, zone);
  if (!inZone) return <span className="datetime datetime-invalid">{value}</span>;
  const inViewer = inZone.setZone(viewerZone);
  const sameWallClock = inViewer.offset === inZone.offset;
  const iso = inZone.toISO() ?? value;
  return (
    <span className="datetime">
      <time dateTime={iso} className="datetime-main">
        {inZone.setLocale(locale).toLocaleString(fullFormat)} <span className="datetime-zone">({zoneLabel(inZone)})</span>
      </time>
      {sameWallClock ? null : (
        <span className="datetime-viewer">
          {inViewer.setLocale(locale).toLocaleString(fullFormat)} your time ({zoneLabel(inViewer)})
        </span>
      )}
    </span>
  );
}

/** "5 minutes ago", with the full date as a tooltip; `now` is injectable for tests. */
export function RelativeTime({ value, now = Date.now(), locale = 'en' }: { value: string; now?: number; locale?: string }) {
  const dt = DateTime.fromISO(value);
  if (!dt.isValid) return <span>{value}</span>;
  const seconds = Math.round((dt.toMillis() - now) / 1000);
  const abs = Math.abs(seconds);
  const fmt = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  let text: string;
  if (abs < 45) text = 'just now';
  else if (abs < 3600) text = fmt.format(Math.round(seconds / 60), 'minute');
  else if (abs < 86400) text = fmt.format(Math.round(seconds / 3600), 'hour');
  else if (abs < 86400 * 30) text = fmt.format(Math.round(seconds / 86400), 'day');
  else if (abs < 86400 * 365) text = fmt.format(Math.round(seconds / (86400 * 30)), 'month');
  else text = fmt.format(Math.round(seconds / (86400 * 365)), 'year');
  return (
    <time dateTime={dt.toISO() ?? value} title={dt.toLocaleString(DateTime.DATETIME_MED)}>
      {text}
    </time>
  );
}
