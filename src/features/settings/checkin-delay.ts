import { parseDuration } from '../../domain/time';

/** `PT4H30M` → 270; calendar units count as fixed lengths here (a delay is elapsed time). Null if unreadable. */
export function durationToMinutes(text: string): number | null {
  const d = parseDuration(text);
  if (!d || d.negative || d.years || d.months) return null;
  return ((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes + Math.round(d.seconds / 60);
}

/** 270 → `PT4H30M`; 0 → `PT0M`. */
export function minutesToDuration(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes || !hours ? `${minutes}M` : ''}`;
}

export function describeMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts = [hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '', minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ') || '0 minutes';
}
