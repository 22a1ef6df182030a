/**
 * The queue of scheduled items (wait due times and timeouts, derived check-ins, what-if
 * engagement), ordered by (instant, scheduling order). Most items share their instant with many
 * others (everyone registered for an event waits until the same "1 day before"; check-ins of a
 * Teams event appear together), so items are kept in one first-in-first-out bucket per instant
 * and a binary heap orders the instants alone: taking the next item is a read at the head of a
 * list, not a walk down a heap of a million entries. Buckets and items live in typed arrays with
 * free lists, so a run allocates no object per item. Signals carry a payload (their Sig), kept
 * aside in a map under an id that rides in the item's `gen` field.
 */
import { grown } from './typed-growth';

export const ItemKind = { WaitDue: 1, WaitTimeout: 2, Signal: 3 } as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

const None = -1;

/** Buckets by instant: open addressing with linear probing, keys in a Float64Array. */
class InstantIndex {
  private keys = new Float64Array(1024);
  private vals = new Int32Array(1024).fill(None);
  private count = 0;

  private slotOf(t: number, mask: number): number {
    const h = Math.imul((t | 0) ^ ((t / 4294967296) | 0), 0x9e3779b1);
    return (h ^ (h >>> 16)) & mask;
  }

  get(t: number): number {
    const mask = this.keys.length - 1;
    for (let i = this.slotOf(t, mask); this.vals[i] !== None; i = (i + 1) & mask) if (this.keys[i] === t) return this.vals[i];
    return None;
  }

  set(t: number, bucket: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.resize(this.keys.length * 2);
    const mask = this.keys.length - 1;
    let i = this.slotOf(t, mask);
    while (this.vals[i] !== None) i = (i + 1) & mask;
    this.keys[i] = t;
    this.vals[i] = bucket;
    this.count++;
  }

  delete(t: number): void {
    const mask = this.keys.length - 1;
    let i = this.slotOf(t, mask);
    while (this.vals[i] !== None && this.keys[i] !== t) i = (i + 1) & mask;
    if (this.vals[i] === None) return;
    // Backward-shift deletion: a later entry of the same run moves into the hole unless its home
    // slot lies (cyclically) after the hole, where a lookup would no longer pass the hole.
    for (let j = (i + 1) & mask; this.vals[j] !== None; j = (j + 1) & mask) {
      const home = this.slotOf(this.keys[j], mask);
      const stays = i <= j ? i < home && home <= j : i < home || home <= j;
      if (stays) continue;
      this.keys[i] = this.keys[j];
      this.vals[i] = this.vals[j];
      i = j;
    }
    this.vals[i] = None;
    this.count--;
  }

  private resize(n: number): void {
    const [keys, vals] = [this.keys, this.vals];
    this.keys = new Float64Array(n);
    this.vals = new Int32Array(n).fill(None);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (vals[i] !== None) this.set(keys[i], vals[i]);
  }
}

export class ScheduleHeap {
  // items: kind (and for a signal its `gen` in the bits above), contact, gen or payload id, next in bucket
  private kind = new Uint8Array(1024);
  private contact = new Int32Array(1024);
  private gen = new Int32Array(1024);
  private next = new Int32Array(1024);
  private items = 0;
  private freeItem = None;
  // buckets: instant, first and last item; free buckets linked through `head`
  private bTime = new Float64Array(256);
  private head = new Int32Array(256);
  private tail = new Int32Array(256);
  private buckets = 0;
  private freeBucket = None;
  private readonly byInstant = new InstantIndex();
  // the binary heap of buckets, by instant (one bucket per instant, so no ties)
  private hTime = new Float64Array(256);
  private hBucket = new Int32Array(256);
  private hSize = 0;
  private readonly payload = new Map<number, unknown>();
  private nextPayload = 0;
  /** Items queued. */
  size = 0;

  /** The item `pop` removed last. */
  poppedKind: ItemKind = ItemKind.WaitDue;
  poppedContact = -1;
  poppedGen = 0;
  private poppedPayload: unknown = undefined;

  /**
   * `gen`: a wait's generation, or for a signal a small number (< 64) of the caller's. An item
   * whose instant is not a number can never be due and is not kept.
   */
  push(time: number, kind: ItemKind, contact: number, gen: number, payload?: unknown): void {
    if (time !== time) return;
    let k: number = kind;
    if (kind === ItemKind.Signal) {
      k = kind | (gen << 2);
      gen = this.nextPayload;
      this.nextPayload = (this.nextPayload + 1) | 0;
      this.payload.set(gen, payload);
    }
    const item = this.newItem();
    this.kind[item] = k;
    this.contact[item] = contact;
    this.gen[item] = gen;
    this.next[item] = None;
    let b = this.byInstant.get(time);
    if (b === None) {
      b = this.newBucket(time);
      this.head[b] = item;
    } else this.next[this.tail[b]] = item;
    this.tail[b] = item;
    this.size++;
  }

  peekTime(): number {
    return this.hSize > 0 ? this.hTime[0] : Infinity;
  }

  /** Removes the earliest item; its fields are then in `popped…` (and `takePayload`). */
  pop(): void {
    const b = this.hBucket[0];
    const item = this.head[b];
    const k = this.kind[item];
    this.poppedKind = (k & 3) as ItemKind;
    this.poppedContact = this.contact[item];
    if (this.poppedKind === ItemKind.Signal) {
      this.poppedGen = k >> 2;
      this.poppedPayload = this.payload.get(this.gen[item]);
      this.payload.delete(this.gen[item]);
    } else {
      this.poppedGen = this.gen[item];
      this.poppedPayload = undefined;
    }
    this.head[b] = this.next[item];
    this.next[item] = this.freeItem;
    this.freeItem = item;
    this.size--;
    if (this.head[b] === None) this.dropBucket(b);
  }

  /** The payload of the signal popped last (once). */
  takePayload(): unknown {
    const p = this.poppedPayload;
    this.poppedPayload = undefined;
    return p;
  }

  private newItem(): number {
    if (this.freeItem !== None) {
      const item = this.freeItem;
      this.freeItem = this.next[item];
      return item;
    }
    if (this.items === this.kind.length) {
      this.kind = grown(this.kind, this.items + 1);
      this.contact = grown(this.contact, this.items + 1);
      this.gen = grown(this.gen, this.items + 1);
      this.next = grown(this.next, this.items + 1);
    }
    return this.items++;
  }

  private newBucket(time: number): number {
    let b = this.freeBucket;
    if (b !== None) this.freeBucket = this.head[b];
    else {
      if (this.buckets === this.bTime.length) {
        this.bTime = grown(this.bTime, this.buckets + 1);
        this.head = grown(this.head, this.buckets + 1);
        this.tail = grown(this.tail, this.buckets + 1);
        this.hTime = grown(this.hTime, this.buckets + 1);
        this.hBucket = grown(this.hBucket, this.buckets + 1);
      }
      b = this.buckets++;
    }
    this.bTime[b] = time;
    this.byInstant.set(time, b);
    // sift up
    let i = this.hSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.hTime[parent] <= time) break;
      this.hTime[i] = this.hTime[parent];
      this.hBucket[i] = this.hBucket[parent];
      i = parent;
    }
    this.hTime[i] = time;
    this.hBucket[i] = b;
    return b;
  }

  /** Removes the emptied bucket at the top of the heap. */
  private dropBucket(b: number): void {
    this.byInstant.delete(this.bTime[b]);
    this.head[b] = this.freeBucket;
    this.freeBucket = b;
    const n = --this.hSize;
    if (n === 0) return;
    const t = this.hTime[n];
    const moved = this.hBucket[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.hTime[child + 1] < this.hTime[child]) child++;
      if (t <= this.hTime[child]) break;
      this.hTime[i] = this.hTime[child];
      this.hBucket[i] = this.hBucket[child];
      i = child;
    }
    this.hTime[i] = t;
    this.hBucket[i] = moved;
  }
}
