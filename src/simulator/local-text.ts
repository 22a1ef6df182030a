import { epochToWall } from '../domain/time';

/**
 * A wall-clock time for `why` sentences, e.g. `10 Mar 2026 18:10 Europe/Paris`. Built from the
 * cached zone offsets rather than luxon's formatter: a log with many dropped clicks formats one
 * sentence per drop, and luxon's zone-name formatting costs about a millisecond each.
 */
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

export function localText(epochMs: number, zone: string): string {
  let wall: number;
  try {
    wall = epochToWall(epochMs, zone);
  } catch {
    wall = epochMs;
    zone = 'UTC';
  }
  const d = new Date(wall);
  if (Number.isNaN(d.getTime())) return 'an invalid time';
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${zone}`;
}
