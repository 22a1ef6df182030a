import { fastInstant, parseAt } from './instant';
import type { RecordBatch } from './record-batch';
import { eventRecordSchema, isPlainObject, recordTypes, requiredByType, type EventRecord, type RecordType } from './inputs';

/**
 * Turning one parsed value into a record. Most records of a real log are plainly valid; for
 * those a hand-written check that accepts a subset of what `eventRecordSchema` accepts avoids
 * running zod a million times. Anything the fast check is unsure of (nulls, odd instants,
 * invalid values) goes through zod, which either normalises it or explains what is wrong.
 */

export type DropReason = 'too-early' | 'forwarded-link' | 'unidentified' | 'unknown-event' | 'invalid' | 'after-end';
/** The order in which `dropped` names the reasons in the output. */
export const dropReasons: readonly DropReason[] = ['too-early', 'forwarded-link', 'unidentified', 'unknown-event', 'invalid', 'after-end'];

/** A record with its line and its instant in epoch ms (computed once, when it is read). */
export type LineRecord = { line: number; record: EventRecord; at?: number };
export type DroppedRecord = { line: number; reason: DropReason; why?: string };

const allTypes = new Set<string>(recordTypes);

const optionalStrings = ['eventId', 'sessionId', 'tile', 'name', 'table'] as const;

function optString(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

/**
 * The record's instant in epoch ms when `value` is surely valid as it is (no nulls, every field
 * of the right type), else NaN. The instant is returned so that it is parsed once per record.
 */
function obviousInstant(value: unknown): number {
  if (!isPlainObject(value)) return NaN;
  const type = value.type;
  if (typeof type !== 'string' || !allTypes.has(type)) return NaN;
  const at = value.at;
  if (typeof at !== 'string') return NaN;
  const instant = fastInstant(at);
  if (instant !== instant) return NaN;
  return obviousRest(value, type) ? instant : NaN;
}

/** True when `value` is surely valid as it is (no nulls, every field of the right type). */
export function isObviouslyValid(value: unknown): value is EventRecord {
  const instant = obviousInstant(value);
  return instant === instant;
}

function obviousRest(value: Record<string, unknown>, type: string): boolean {
  const contact = value.contact;
  if (!isPlainObject(contact)) return false;
  const id = contact.id;
  if (id !== undefined && (typeof id !== 'string' || id.length === 0)) return false;
  if (!optString(contact.email) || !optString(contact.firstName) || !optString(contact.lastName)) return false;
  // A null contact attribute must be stripped before contact.updated copies it (null = absent).
  if (type === 'contact.updated') for (const k in contact) if (contact[k] === null) return false;
  for (const f of optionalStrings) {
    const v = value[f];
    if (v !== undefined && (typeof v !== 'string' || (v.length === 0 && f !== 'sessionId'))) return false;
  }
  const source = value.source;
  if (source !== undefined && source !== 'personalized' && source !== 'forwarded') return false;
  const action = value.action;
  if (action !== undefined && action !== 'created' && action !== 'updated') return false;
  const changed = value.changed;
  if (changed !== undefined) {
    if (!Array.isArray(changed)) return false;
    for (let i = 0; i < changed.length; i++) if (typeof changed[i] !== 'string') return false;
  }
  if (value.data !== undefined && !isPlainObject(value.data)) return false;
  const required = requiredByType[type as RecordType];
  if (required) for (const f of required) if (value[f] === undefined) return false;
  return true;
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path} ${issue.message}` : issue.message;
}

/** Adds the record read at `line` to `batch`, or returns why it is dropped as `invalid`. */
export function checkRecord(value: unknown, line: number, batch: RecordBatch): DroppedRecord | null {
  const instant = obviousInstant(value);
  if (instant === instant) {
    batch.push(line, value as EventRecord, instant);
    return null;
  }
  const parsed = eventRecordSchema.safeParse(value);
  if (parsed.success) {
    batch.push(line, parsed.data, parseAt(parsed.data.at) as number);
    return null;
  }
  const first = parsed.error.issues[0];
  return { line, reason: 'invalid', why: `line ${line}: ${first ? describeIssue(first) : 'not a valid record'}` };
}
