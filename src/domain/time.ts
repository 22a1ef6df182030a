import { DateTime, IANAZone } from 'luxon';

/**
 * Time arithmetic on epoch milliseconds. The simulator calls these millions of times, so the hot
 * path works on numbers and a per-zone, per-UTC-hour offset cache; luxon is only asked for an
 * offset on a cache miss and for human formatting.
 */

export type Duration = {
  negative: boolean;
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
};

const MS_MINUTE = 60_000;
const MS_HOUR = 3_600_000;
const MS_DAY = 86_400_000;

// ---------- durations ----------

const durationPattern =
  /^(-)?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const durationCache = new Map<string, Duration | null>();

/** ISO-8601 duration; null when malformed or when a unit other than seconds is fractional. */
export function parseDuration(text: string): Duration | null {
  if (typeof text !== 'string') return null;
  const cached = durationCache.get(text);
  if (cached !== undefined) return cached;
  const result = parseDurationUncached(text);
  if (durationCache.size > 10_000) durationCache.clear();
  durationCache.set(text, result);
  return result;
}

function parseDurationUncached(text: string): Duration | null {
  const m = durationPattern.exec(text);
  if (!m) return null;
  const parts = m.slice(2);
  if (parts.every((p) => p === undefined)) return null;
  // "PT" with no time unit is malformed
  if (text.endsWith('T')) return null;
  const whole = (p: string | undefined): number | null => {
    if (p === undefined) return 0;
    if (/[.,]/.test(p)) return null;
    return Number(p);
  };
  const values = parts.slice(0, 6).map(whole);
  if (values.some((v) => v === null)) return null;
  const [years, months, weeks, days, hours, minutes] = values as number[];
  const seconds = parts[6] === undefined ? 0 : Number(parts[6].replace(',', '.'));
  const all = [years, months, weeks, days, hours, minutes, seconds];
  if (!all.every(Number.isFinite)) return null;
  return { negative: m[1] === '-', years, months, weeks, days, hours, minutes, seconds };
}

export function isPositiveDuration(d: Duration): boolean {
  if (d.negative) return false;
  return d.years + d.months + d.weeks + d.days + d.hours + d.minutes + d.seconds > 0;
}

/** Exact elapsed milliseconds of the time part (hours, minutes, seconds), unsigned. */
function timePartMs(d: Duration): number {
  return d.hours * MS_HOUR + d.minutes * MS_MINUTE + Math.round(d.seconds * 1000);
}

// ---------- zones and offsets ----------

const validZones = new Map<string, boolean>();

/** The zone is one that Intl.DateTimeFormat accepts (`UTC` is valid); fixed offsets are not IANA zones. */
export function isValidZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  let valid = validZones.get(zone);
  if (valid === undefined) {
    valid = !/^[+-]/.test(zone) && IANAZone.isValidZone(zone);
    validZones.set(zone, valid);
  }
  return valid;
}

/** Per UTC hour: a constant offset, or the one transition inside that hour. */
type HourOffset = number | { at: number; before: number; after: number };
const offsetCaches = new Map<string, Map<number, HourOffset>>();

function rawOffset(epochMs: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const offset = IANAZone.create(zone).offset(epochMs);
  if (!Number.isFinite(offset)) throw new RangeError(`Unknown time zone "${zone}"`);
  return offset;
}

function hourOffset(hour: number, zone: string): HourOffset {
  const start = hour * MS_HOUR;
  const end = start + MS_HOUR - 1;
  const before = rawOffset(start, zone);
  const after = rawOffset(end, zone);
  if (before === after) return before;
  // Find the first millisecond with the new offset; done once per transition hour.
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (rawOffset(mid, zone) === before) lo = mid + 1;
    else hi = mid;
  }
  return { at: lo, before, after };
}

/** UTC offset in minutes of `zone` at the instant (cached per UTC hour per zone). */
export function offsetMinutesAt(epochMs: number, zone: string): number {
  if (zone === 'UTC') return 0;
  let cache = offsetCaches.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(zone, cache);
  }
  const hour = Math.floor(epochMs / MS_HOUR);
  let entry = cache.get(hour);
  if (entry === undefined) {
    entry = hourOffset(hour, zone);
    cache.set(hour, entry);
  }
  if (typeof entry === 'number') return entry;
  return epochMs < entry.at ? entry.before : entry.after;
}

// ---------- local wall time <-> instant ----------

// Civil-calendar arithmetic on day numbers (days since 1970-01-01), without Date objects:
// Howard Hinnant's days_from_civil / civil_from_days, valid for the proleptic Gregorian calendar.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : monthLengths[month - 1];
}

function wallMs(year: number, month: number, day: number, h: number, mi: number, s: number, ms: number): number {
  return daysFromCivil(year, month, day) * MS_DAY + h * MS_HOUR + mi * MS_MINUTE + s * 1000 + ms;
}

/**
 * The instant at which the wall clock of `zone` shows `wall` (epoch ms of that wall time read as
 * UTC). A wall time in a gap moves forward by the gap; one that occurs twice takes the earlier.
 */
export function wallToEpoch(wall: number, zone: string): number {
  if (zone === 'UTC') return wall;
  const early = offsetMinutesAt(wall - MS_DAY, zone);
  const late = offsetMinutesAt(wall + MS_DAY, zone);
  const c1 = wall - early * MS_MINUTE;
  if (early === late) return c1;
  const c2 = wall - late * MS_MINUTE;
  const ok1 = offsetMinutesAt(c1, zone) === early;
  const ok2 = offsetMinutesAt(c2, zone) === late;
  if (ok1 && ok2) return Math.min(c1, c2);
  if (ok1) return c1;
  if (ok2) return c2;
  // In the gap: read with the offset in force before it, which lands after the gap.
  return c1;
}

/** The wall time of `zone` at the instant, as epoch ms of that wall time read as UTC. */
export function epochToWall(epochMs: number, zone: string): number {
  return epochMs + offsetMinutesAt(epochMs, zone) * MS_MINUTE;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** Parses `YYYY-MM-DDTHH:mm[:ss[.SSS]]` as wall time read as UTC; null when malformed or impossible. */
export function parseLocalWall(local: string): number | null {
  if (typeof local !== 'string') return null;
  const m = localPattern.exec(local);
  if (!m) return null;
  return wallOfMatch(m);
}

/** Local wall time in `zone` → epoch ms (gap moves forward, repeat takes the earlier); null when invalid. */
export function localToEpoch(local: string, zone: string): number | null {
  const wall = parseLocalWall(local);
  if (wall === null || !isValidZone(zone)) return null;
  return wallToEpoch(wall, zone);
}

// ---------- calendar arithmetic ----------

function addCalendarToWall(wall: number, d: Duration): number {
  const sign = d.negative ? -1 : 1;
  const days = Math.floor(wall / MS_DAY);
  const timeOfDay = wall - days * MS_DAY;
  let dayNumber = days;
  const totalMonths = sign * (d.years * 12 + d.months);
  if (totalMonths !== 0) {
    const [year, month, day] = civilFromDays(days);
    const index = year * 12 + (month - 1) + totalMonths;
    const newYear = Math.floor(index / 12);
    const newMonth = index - newYear * 12 + 1;
    dayNumber = daysFromCivil(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
  }
  return (dayNumber + sign * (d.weeks * 7 + d.days)) * MS_DAY + timeOfDay;
}

/**
 * Adds `d` to the instant: the calendar part (years, months, weeks, days) on the wall clock of
 * `zone`, keeping the wall-clock time (month overflow clamps to the month's last day, a gap
 * moves forward, a repeat takes the earlier instant), then the time part as elapsed time.
 */
export function addDuration(epochMs: number, d: Duration, zone: string): number {
  const sign = d.negative ? -1 : 1;
  let at = epochMs;
  if (d.years !== 0 || d.months !== 0 || d.weeks !== 0 || d.days !== 0) {
    at = wallToEpoch(addCalendarToWall(epochToWall(epochMs, zone), d), zone);
  }
  return at + sign * timePartMs(d);
}

/** An event's start or end (local time in the event's zone) plus an optional offset, in that zone. */
export function eventRelativeInstant(local: string, eventZone: string, offset?: string | Duration | null): number | null {
  const base = localToEpoch(local, eventZone);
  if (base === null) return null;
  if (offset === undefined || offset === null) return base;
  const d = typeof offset === 'string' ? parseDuration(offset) : offset;
  if (d === null) return null;
  return addDuration(base, d, eventZone);
}

/** The first whole UTC hour strictly after the instant (when Zoom attendance is synchronised). */
export function nextWholeUtcHour(epochMs: number): number {
  return Math.floor(epochMs / MS_HOUR) * MS_HOUR + MS_HOUR;
}

// ---------- instants ----------

const instantPattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** ISO-8601 date-time carrying `Z` or an offset → epoch ms; null otherwise. */
export function parseInstant(text: string): number | null {
  if (typeof text !== 'string') return null;
  const m = instantPattern.exec(text);
  if (!m) return null;
  const wall = wallOfMatch(m);
  if (wall === null) return null;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = m[11] === undefined ? 0 : Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return wall - offset * MS_MINUTE;
}

/** Date and time fields 1-7 of a local or instant match → wall time read as UTC; null when impossible. */
function wallOfMatch(m: RegExpExecArray): number | null {
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  return wallMs(year, month, day, h, mi, s, ms);
}

/** UTC ISO string with milliseconds, e.g. `2026-03-02T09:00:00.000Z`. */
export function formatInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "30 Mar 2026 at 18:00": the wall clock of `zone`, for messages (no luxon object per call). */
export function formatWallClock(epochMs: number, zone: string): string {
  const d = new Date(isValidZone(zone) ? epochToWall(epochMs, zone) : epochMs);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${hh}:${mm}`;
}

/** A wall time in `zone` for sentences a person reads (English, deterministic). */
export function formatLocal(epochMs: number, zone: string, format = 'd LLL yyyy, HH:mm ZZZZ'): string {
  return DateTime.fromMillis(epochMs, { zone: isValidZone(zone) ? zone : 'UTC', locale: 'en-GB' }).toFormat(format);
}
