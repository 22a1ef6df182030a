import { parseInstant } from '../domain/time';

/**
 * Parsing of record instants on the hot path. The common shapes
 * (`2026-03-01T09:00:00Z`, `...:00.000Z`, `...:00+01:00`, `...:00.000+01:00`) are read with
 * char codes and integer arithmetic, which is an order of magnitude cheaper than a regex, Date
 * or luxon; anything else falls back to the domain parser, so both paths accept the same texts.
 */

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

function two(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The fast path only; NaN when the text is not one of the common shapes (not necessarily invalid). */
export function fastInstant(s: string): number {
  const n = s.length;
  if (n < 20 || n > 29) return NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return NaN;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  const h = two(s, 11);
  const mi = two(s, 14);
  const se = two(s, 17);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) return NaN;
  if (d > daysInMonth(y, mo)) return NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    if (n < 24) return NaN;
    ms = digit(s, 20) * 100 + two(s, 21);
    if (ms < 0) return NaN;
    i = 23;
  }
  let offsetMin = 0;
  const c = s.charCodeAt(i);
  if (c === 90) {
    if (i + 1 !== n) return NaN;
  } else if (c === 43 || c === 45) {
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return NaN;
    const oh = two(s, i + 1);
    const om = two(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMin = (oh * 60 + om) * (c === 45 ? -1 : 1);
  } else return NaN;
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offsetMin) * 60000 + se * 1000 + ms;
}

/** Epoch ms of an ISO-8601 instant with `Z` or an offset; null when it is not one. */
export function parseAt(s: string): number | null {
  const fast = fastInstant(s);
  if (fast === fast) return fast;
  return parseInstant(s);
}

/** UTC ISO with milliseconds, as every instant of the output. */
export function isoOf(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
