/**
 * The queue of scheduled items (wait due times and timeouts, derived check-ins, what-if
 * engagement), ordered by (instant, scheduling sequence). An item's data lives in parallel typed
 * arrays indexed by a slot number that is recycled through a free list, so a run with millions of
 * waits allocates no object per item; `payload` holds the items that carry data (signals). The
 * binary heap keeps each item's instant and sequence beside its slot, so ordering reads
 * neighbouring memory rather than one scattered slot per comparison.
 */
export const ItemKind = { WaitDue: 1, WaitTimeout: 2, Signal: 3 } as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

function grown<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T {
  const b = make(Math.ceil(a.length * 1.25));
  b.set(a);
  return b;
}

export class ScheduleHeap {
  kind = new Uint8Array(1024);
  contact = new Int32Array(1024);
  gen = new Int32Array(1024);
  private readonly payload = new Map<number, unknown>();
  /** The heap, by position: each item's instant, sequence and slot. */
  private time = new Float64Array(1024);
  /** Scheduling order; renumbered, keeping the order, before it would pass 2^32. */
  private seq = new Uint32Array(1024);
  private slotAt = new Int32Array(1024);
  /** Free slots, linked through their `contact` field; the slot popped last joins at the next push or pop. */
  private freeHead = -1;
  private popped = -1;
  private slots = 0;
  private nextSeq = 0;
  size = 0;

  push(time: number, kind: ItemKind, contact: number, gen: number, payload?: unknown): void {
    let slot: number;
    if (this.popped >= 0) {
      slot = this.popped;
      this.popped = -1;
    } else if (this.freeHead >= 0) {
      slot = this.freeHead;
      this.freeHead = this.contact[slot];
    } else {
      slot = this.slots++;
      if (slot >= this.kind.length) {
        this.kind = grown(this.kind, (n) => new Uint8Array(n));
        this.contact = grown(this.contact, (n) => new Int32Array(n));
        this.gen = grown(this.gen, (n) => new Int32Array(n));
      }
    }
    this.kind[slot] = kind;
    this.contact[slot] = contact;
    this.gen[slot] = gen;
    if (payload !== undefined) this.payload.set(slot, payload);
    if (this.size >= this.time.length) {
      this.time = grown(this.time, (n) => new Float64Array(n));
      this.seq = grown(this.seq, (n) => new Uint32Array(n));
      this.slotAt = grown(this.slotAt, (n) => new Int32Array(n));
    }
    if (this.nextSeq === 0xffffffff) this.renumber();
    this.siftUp(this.size++, time, this.nextSeq++, slot);
  }

  /** The data an item carries (removed from the queue's keeping). */
  takePayload(slot: number): unknown {
    const p = this.payload.get(slot);
    this.payload.delete(slot);
    return p;
  }

  peekTime(): number {
    return this.size > 0 ? this.time[0] : Infinity;
  }

  /** Removes the earliest item and returns its slot, which stays readable until the next push. */
  pop(): number {
    const top = this.slotAt[0];
    const last = --this.size;
    if (last > 0) this.siftDown(this.time[last], this.seq[last], this.slotAt[last]);
    if (this.popped >= 0) {
      this.contact[this.popped] = this.freeHead;
      this.freeHead = this.popped;
    }
    this.popped = top;
    return top;
  }

  private siftUp(i: number, t: number, q: number, slot: number): void {
    const time = this.time;
    const seq = this.seq;
    const slotAt = this.slotAt;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = time[parent];
      if (pt < t || (pt === t && seq[parent] < q)) break;
      time[i] = pt;
      seq[i] = seq[parent];
      slotAt[i] = slotAt[parent];
      i = parent;
    }
    time[i] = t;
    seq[i] = q;
    slotAt[i] = slot;
  }

  /** Places (t, q, slot) from the root down, in a heap of `size` items. */
  private siftDown(t: number, q: number, slot: number): void {
    const time = this.time;
    const seq = this.seq;
    const slotAt = this.slotAt;
    const n = this.size;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const r = child + 1;
      if (r < n && (time[r] < time[child] || (time[r] === time[child] && seq[r] < seq[child]))) child = r;
      const ct = time[child];
      if (t < ct || (t === ct && q < seq[child])) break;
      time[i] = ct;
      seq[i] = seq[child];
      slotAt[i] = slotAt[child];
      i = child;
    }
    time[i] = t;
    seq[i] = q;
    slotAt[i] = slot;
  }

  /** Gives the queued items sequence numbers 0, 1, 2... in their order (which a sorted array is, as a heap). */
  private renumber(): void {
    const order = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => this.time[a] - this.time[b] || this.seq[a] - this.seq[b]);
    const time = Float64Array.from(order, (p) => this.time[p]);
    const slotAt = Int32Array.from(order, (p) => this.slotAt[p]);
    this.time.set(time);
    this.slotAt.set(slotAt);
    for (let i = 0; i < this.size; i++) this.seq[i] = i;
    this.nextSeq = this.size;
  }
}
