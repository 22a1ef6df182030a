import { localText } from './local-text';
import type { EventInfo, Span } from './catalog-index';

/**
 * Rule 2: whether a join click becomes a check-in. Checked in this order: the link is the
 * contact's own, the click is not before start − 120 min, and not after the end; the window is
 * the session's when the click names one of the event's sessions. In `platform` mode an online
 * event's window opens from the start read with the UTC offset in force at the event's
 * creation (the platform's daylight-saving misjudgement); the end is always the true instant.
 */

export const JOIN_WINDOW_MS = 120 * 60_000;

const local = localText;

export type JoinDrop = 'forwarded-link' | 'too-early' | 'after-end';

export function windowOpensAt(event: EventInfo, span: Span, platformMode: boolean): number {
  return (platformMode && event.online ? span.platformStart : span.start) - JOIN_WINDOW_MS;
}

export function spanOf(event: EventInfo, sessionId: string | undefined): Span {
  return (sessionId !== undefined && event.sessions.get(sessionId)) || event;
}

/** Why a join click does not become a check-in, or null when it does. */
export function judgeJoinClick(event: EventInfo, span: Span, at: number, source: string | undefined, platformMode: boolean): JoinDrop | null {
  if (source !== 'personalized') return 'forwarded-link';
  if (at < windowOpensAt(event, span, platformMode)) return 'too-early';
  if (at > span.end) return 'after-end';
  return null;
}

/** The sentence for a dropped join click (built only for the dropped records the output lists). */
export function describeJoinDrop(event: EventInfo, span: Span, at: number, drop: JoinDrop, platformMode: boolean): string {
  const when = `join click at ${local(at, event.zone)} ignored`;
  if (drop === 'forwarded-link') return `${when}: it came through a forwarded link, not the contact's own`;
  if (drop === 'after-end') return `${when}: after the ${local(span.end, event.zone)} end`;
  const opens = windowOpensAt(event, span, platformMode);
  const misjudged = opens !== span.start - JOIN_WINDOW_MS ? ' (as the platform computes it across the daylight-saving change)' : '';
  return `${when}: earlier than 120 minutes before the ${local(opens + JOIN_WINDOW_MS, event.zone)} start${misjudged}`;
}
