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

export type JoinVerdict = { ok: true } | { ok: false; reason: 'forwarded-link' | 'too-early' | 'after-end'; why: string };

const OK: JoinVerdict = { ok: true };

const local = localText;

export function windowOpensAt(event: EventInfo, span: Span, platformMode: boolean): number {
  return (platformMode && event.online ? span.platformStart : span.start) - JOIN_WINDOW_MS;
}

export function spanOf(event: EventInfo, sessionId: string | undefined): Span {
  return (sessionId !== undefined && event.sessions.get(sessionId)) || event;
}

export function judgeJoinClick(event: EventInfo, span: Span, at: number, source: string | undefined, platformMode: boolean): JoinVerdict {
  if (source !== 'personalized') {
    return { ok: false, reason: 'forwarded-link', why: `join click at ${local(at, event.zone)} ignored: it came through a forwarded link, not the contact's own` };
  }
  const opens = windowOpensAt(event, span, platformMode);
  if (at < opens) {
    const misjudged = opens !== span.start - JOIN_WINDOW_MS ? ' (as the platform computes it across the daylight-saving change)' : '';
    return {
      ok: false,
      reason: 'too-early',
      why: `join click at ${local(at, event.zone)} ignored: earlier than 120 minutes before the ${local(opens + JOIN_WINDOW_MS, event.zone)} start${misjudged}`,
    };
  }
  if (at > span.end) {
    return { ok: false, reason: 'after-end', why: `join click at ${local(at, event.zone)} ignored: after the ${local(span.end, event.zone)} end` };
  }
  return OK;
}
