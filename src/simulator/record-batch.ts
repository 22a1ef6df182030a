import { isoOf } from './instant';
import { grown } from './typed-growth';
import { recordTypes, type EventRecord, type RecordContact } from './inputs';
import type { LineRecord } from './record-check';

/**
 * Records as the fold reads them: one typed column per field, strings interned into integers.
 * A million parsed record objects (each with its contact and data) cost the garbage collector
 * more than reading them did, and a fold that hashes each record's email string spends most of
 * its time on cache misses; columns of integers avoid both. Only what columns do not hold is
 * kept as objects: a record's `data`, and the whole record when it has anything rarer (`changed`,
 * `table`, `action`, or contact attributes other than id, email and names).
 */

/** Strings interned into small integers, shared by every batch of a run (ids are stable). */
export class Strings {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];

  id(s: string): number {
    let k = this.ids.get(s);
    if (k === undefined) {
      k = this.list.length;
      this.ids.set(s, k);
      this.list.push(s);
    }
    return k;
  }

  /** The id of a string already interned, or -1 (does not intern). */
  find(s: string): number {
    return this.ids.get(s) ?? -1;
  }

  get size(): number {
    return this.list.length;
  }

  /** The id of string `id` lower-cased (an email's matching key), or -1 for the empty string. */
  lowerId(id: number): number {
    const s = this.list[id];
    if (s === '') return -1;
    const low = s.toLowerCase();
    return low === s ? id : this.id(low);
  }
}

/** A record type's code: its index in `recordTypes`. */
export const TypeCode = Object.fromEntries(recordTypes.map((t, i) => [t, i])) as Record<(typeof recordTypes)[number], number>;

export const Source = { None: 0, Personalized: 1, Forwarded: 2 } as const;
const sourceNames = [undefined, 'personalized', 'forwarded'] as const;

const columned = new Set(['at', 'type', 'contact', 'eventId', 'sessionId', 'source', 'tile', 'name', 'data']);
const columnedContact = new Set(['id', 'email', 'firstName', 'lastName']);

function hasRareFields(r: EventRecord): boolean {
  for (const k in r) if (!columned.has(k)) return true;
  for (const k in r.contact) if (!columnedContact.has(k)) return true;
  return false;
}

type IntColumn = 'line' | 'event' | 'session' | 'tile' | 'name' | 'cid' | 'email' | 'emailKey' | 'first' | 'last';
const intColumns: readonly IntColumn[] = ['line', 'event', 'session', 'tile', 'name', 'cid', 'email', 'emailKey', 'first', 'last'];

export class RecordBatch {
  size = 0;
  line = new Int32Array(0);
  at = new Float64Array(0);
  type = new Uint8Array(0);
  source = new Uint8Array(0);
  /** String ids (see `strings`), -1 when the record has no such field. */
  event = new Int32Array(0);
  session = new Int32Array(0);
  tile = new Int32Array(0);
  name = new Int32Array(0);
  cid = new Int32Array(0);
  email = new Int32Array(0);
  /** The email lower-cased, as contacts are matched by it (-1: no email, or an empty one). */
  emailKey = new Int32Array(0);
  first = new Int32Array(0);
  last = new Int32Array(0);
  data: (Record<string, unknown> | undefined)[] = [];
  /** The record itself, for the few that hold fields the columns do not. */
  rest: (EventRecord | undefined)[] = [];

  constructor(readonly strings: Strings = new Strings(), capacity = 1024) {
    this.grow(capacity);
  }

  private grow(capacity: number): void {
    for (const c of intColumns) this[c] = grown(this[c], capacity);
    this.at = grown(this.at, capacity);
    this.type = grown(this.type, capacity);
    this.source = grown(this.source, capacity);
  }

  /**
   * The last string interned per field and its id: consecutive records often name the same
   * contact or event, and comparing two short strings is cheaper than hashing a new one.
   */
  private readonly lastText: (string | null)[] = [null, null, null, null, null, null, null, null];
  private readonly lastId = new Int32Array(8);
  private lastEmail = -1;
  private lastEmailKey = -1;

  /**
   * Fields with few distinct values (event, session, tile, trigger name, first and last names)
   * keep a table of their own, which stays in cache where the run's table of every email does not.
   */
  private readonly local: (Map<string, number> | null)[] = [new Map(), new Map(), new Map(), new Map(), null, null, new Map(), new Map()];

  private sid(field: number, s: string | undefined): number {
    if (s === undefined) return -1;
    if (s === this.lastText[field]) return this.lastId[field];
    const local = this.local[field];
    let k = local === null ? undefined : local.get(s);
    if (k === undefined) {
      k = this.strings.id(s);
      if (local !== null) local.set(s, k);
    }
    this.lastText[field] = s;
    this.lastId[field] = k;
    return k;
  }

  /** Adds a valid record (checked by record-check) read at `line`, at instant `at` (epoch ms). */
  push(line: number, r: EventRecord, at: number): void {
    const i = this.size;
    if (i === this.line.length) this.grow(Math.max(1024, i * 2));
    this.size = i + 1;
    this.line[i] = line;
    this.at[i] = at;
    this.type[i] = TypeCode[r.type];
    this.source[i] = r.source === undefined ? Source.None : r.source === 'personalized' ? Source.Personalized : Source.Forwarded;
    this.event[i] = this.sid(0, r.eventId);
    this.session[i] = this.sid(1, r.sessionId);
    this.tile[i] = this.sid(2, r.tile);
    this.name[i] = this.sid(3, r.name);
    const c = r.contact;
    this.cid[i] = this.sid(4, c.id);
    const email = this.sid(5, c.email);
    this.email[i] = email;
    if (email !== this.lastEmail) {
      this.lastEmail = email;
      this.lastEmailKey = email < 0 ? -1 : this.strings.lowerId(email);
    }
    this.emailKey[i] = this.lastEmailKey;
    this.first[i] = this.sid(6, c.firstName);
    this.last[i] = this.sid(7, c.lastName);
    if (r.data !== undefined || this.data.length > i) this.data[i] = r.data;
    if (hasRareFields(r)) this.rest[i] = r;
    else if (this.rest.length > i) this.rest[i] = undefined;
  }

  str(id: number): string | undefined {
    return id < 0 ? undefined : this.strings.list[id];
  }

  /** The contact fields of record i, as the record named them. */
  contact(i: number): RecordContact {
    const rest = this.rest[i];
    if (rest !== undefined) return rest.contact;
    const c: RecordContact = {};
    const s = this.strings.list;
    if (this.cid[i] >= 0) c.id = s[this.cid[i]];
    if (this.email[i] >= 0) c.email = s[this.email[i]];
    if (this.first[i] >= 0) c.firstName = s[this.first[i]];
    if (this.last[i] >= 0) c.lastName = s[this.last[i]];
    return c;
  }

  /** Record i as an object (its `at` in UTC ISO form): for tests and the rare fields. */
  record(i: number): EventRecord {
    const rest = this.rest[i];
    if (rest !== undefined) return rest;
    const r: Record<string, unknown> = { at: isoOf(this.at[i]), type: recordTypes[this.type[i]], contact: this.contact(i) };
    const fields = [
      ['eventId', this.event[i]],
      ['sessionId', this.session[i]],
      ['tile', this.tile[i]],
      ['name', this.name[i]],
    ] as const;
    for (const [k, id] of fields) if (id >= 0) r[k] = this.strings.list[id];
    const source = sourceNames[this.source[i]];
    if (source !== undefined) r.source = source;
    if (this.data[i] !== undefined) r.data = this.data[i];
    return r as EventRecord;
  }

  lineRecords(): LineRecord[] {
    const out: LineRecord[] = [];
    for (let i = 0; i < this.size; i++) out.push({ line: this.line[i], record: this.record(i), at: this.at[i] });
    return out;
  }

  /** Records `from` to `to` (excluded): views on the same columns, sharing the string table. */
  slice(from: number, to = this.size): RecordBatch {
    const out = new RecordBatch(this.strings, 0);
    for (const c of intColumns) out[c] = this[c].subarray(from, to);
    out.at = this.at.subarray(from, to);
    out.type = this.type.subarray(from, to);
    out.source = this.source.subarray(from, to);
    out.data = this.data.slice(from, to);
    out.rest = this.rest.slice(from, to);
    out.size = Math.max(0, Math.min(to, this.size) - from);
    return out;
  }

  /** The same records in time order (file order at equal instants); this batch when already in order. */
  inTimeOrder(): RecordBatch {
    const order = this.timeOrder();
    const n = order.length;
    let inOrder = true;
    for (let i = 0; i < n && inOrder; i++) inOrder = order[i] === i;
    if (inOrder) return this;
    const out = new RecordBatch(this.strings, n);
    const permute = <T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T) => {
      for (let i = 0; i < n; i++) to[i] = from[order[i]];
    };
    for (const c of intColumns) permute(this[c], out[c]);
    permute(this.at, out.at);
    permute(this.type, out.type);
    permute(this.source, out.source);
    const { data, rest } = this;
    for (let i = 0; i < n; i++) {
      const r = order[i];
      if (r < data.length && data[r] !== undefined) out.data[i] = data[r];
      if (r < rest.length && rest[r] !== undefined) out.rest[i] = rest[r];
    }
    out.size = n;
    return out;
  }

  /**
   * Record indexes in time order, file order at equal instants. A radix sort on the instant:
   * linear, and stable as the spec's order needs; the identity when the log is already in order.
   */
  timeOrder(): Int32Array<ArrayBuffer> {
    const n = this.size;
    const at = this.at;
    const order = new Int32Array(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      order[i] = i;
      if (i > 0 && at[i] < at[i - 1]) sorted = false;
    }
    return sorted ? order : radixSortByInstant(order, at);
  }
}

/** Builds a batch from records already checked. */
export function batchOf(records: readonly LineRecord[], strings?: Strings): RecordBatch {
  const batch = new RecordBatch(strings, Math.max(16, records.length));
  for (const r of records) batch.push(r.line, r.record, r.at as number);
  return batch;
}

const DIGIT_BITS = 12;
const BUCKETS = 1 << DIGIT_BITS;

/** Stable LSD radix sort of `order` by `at[order[i]]` (integral milliseconds, any sign). */
function radixSortByInstant(order: Int32Array<ArrayBuffer>, at: Float64Array): Int32Array<ArrayBuffer> {
  const n = order.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = at[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Instants that are not whole milliseconds cannot be bucketed exactly: fall back to a comparison sort.
  const span = max - min;
  let whole = Number.isFinite(span);
  for (let i = 0; whole && i < n; i++) if (!Number.isInteger(at[i])) whole = false;
  if (!whole) return order.sort((a, b) => at[a] - at[b] || a - b);
  // Keys as two 26-bit halves, so digits come from 32-bit integer arithmetic.
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = at[i] - min;
    hi[i] = Math.floor(k / 2 ** 26);
    lo[i] = k - hi[i] * 2 ** 26;
  }
  let src = order;
  let dst = new Int32Array(n);
  const count = new Int32Array(BUCKETS);
  const digits = new Uint16Array(n);
  const bits = Math.ceil(Math.log2(span + 1));
  for (let shift = 0; shift < bits; shift += DIGIT_BITS) {
    // Each record's digit for this pass; one straddling the halves' boundary takes its top bits from `hi`.
    if (shift + DIGIT_BITS <= 26) for (let i = 0; i < n; i++) digits[i] = (lo[i] >>> shift) & (BUCKETS - 1);
    else if (shift >= 26) for (let i = 0; i < n; i++) digits[i] = (hi[i] >>> (shift - 26)) & (BUCKETS - 1);
    else for (let i = 0; i < n; i++) digits[i] = ((lo[i] >>> shift) | (hi[i] << (26 - shift))) & (BUCKETS - 1);
    count.fill(0);
    for (let i = 0; i < n; i++) count[digits[src[i]]]++;
    for (let b = 0, total = 0; b < BUCKETS; b++) {
      const c = count[b];
      count[b] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const r = src[i];
      dst[count[digits[r]]++] = r;
    }
    [src, dst] = [dst, src];
  }
  return src;
}
