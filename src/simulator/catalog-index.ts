import type { Catalog, CatalogEvent, EventFormat, RecordChangeTrigger } from '../domain/catalog';
import { isOnlineFormat, isTeamsOrOn24 } from '../domain/catalog';
import { addDuration, localToEpoch, nextWholeUtcHour, offsetMinutesAt, parseInstant, parseLocalWall, type Duration } from '../domain/time';

/**
 * The event catalog as the fold needs it: every start and end already an instant (epoch ms),
 * each session's too, plus the platform's misjudged window opening for `dstMode: "platform"`
 * (rule 2) and the instant derived check-ins appear.
 */

export type Span = {
  start: number;
  end: number;
  /** The start as the platform computes it: local time read with the offset in force at createdAt. */
  platformStart: number;
};

export type EventInfo = Span & {
  id: string;
  format: EventFormat;
  zone: string;
  online: boolean;
  sessions: Map<string, Span>;
};

function spanOf(event: CatalogEvent, start: string, end: string, createdOffset: number): Span {
  const wall = parseLocalWall(start) ?? NaN;
  return {
    start: localToEpoch(start, event.timeZone) ?? NaN,
    end: localToEpoch(end, event.timeZone) ?? NaN,
    platformStart: wall - createdOffset * 60_000,
  };
}

function resolved(span: Span): boolean {
  return Number.isFinite(span.start) && Number.isFinite(span.end) && Number.isFinite(span.platformStart);
}

export function indexEvents(catalog: Catalog): Map<string, EventInfo> {
  const out = new Map<string, EventInfo>();
  for (const e of catalog.events) {
    if (out.has(e.id)) continue;
    const created = parseInstant(e.createdAt) ?? NaN;
    let createdOffset: number;
    try {
      createdOffset = offsetMinutesAt(created, e.timeZone);
    } catch {
      createdOffset = 0;
    }
    const sessions = new Map<string, Span>();
    for (const s of e.sessions ?? []) {
      const span = spanOf(e, s.start, s.end, createdOffset);
      if (!sessions.has(s.id) && resolved(span)) sessions.set(s.id, span);
    }
    const span = spanOf(e, e.start, e.end, createdOffset);
    // An event whose times cannot be placed (an unknown time zone) is treated as not in the catalog.
    if (!resolved(span)) continue;
    out.set(e.id, {
      id: e.id,
      format: e.format,
      zone: e.timeZone,
      online: isOnlineFormat(e.format),
      sessions,
      ...span,
    });
  }
  return out;
}

/** When a check-in from a join click appears: the click (in-person), end + delay (Teams, ON24), next whole UTC hour (Zoom). */
export function checkinFireTime(event: EventInfo, span: Span, clickAt: number, delay: Duration): number {
  if (event.format === 'zoom') return nextWholeUtcHour(span.end);
  if (isTeamsOrOn24(event.format)) return addDuration(span.end, delay, event.zone);
  return clickAt;
}

export function readyRecordChangeTriggers(catalog: Catalog): RecordChangeTrigger[] {
  const out: RecordChangeTrigger[] = [];
  for (const t of catalog.triggers ?? []) if (t.kind === 'record-change' && t.status === 'ready') out.push(t);
  return out;
}

/** A record.changed record matches a record-change trigger on table, action and (for updates) columns. */
export function recordChangeMatches(t: RecordChangeTrigger, table: string, action: string, changed: readonly string[] | undefined): boolean {
  if (t.table !== table) return false;
  if (action === 'created') return t.action === 'created' || t.action === 'createdOrUpdated';
  if (action !== 'updated' || t.action === 'created') return false;
  if (t.columns.length === 0) return true;
  if (!changed) return false;
  for (const col of t.columns) if (changed.includes(col)) return true;
  return false;
}
