/**
 * The queue of scheduled items (wait due times and timeouts, derived check-ins, what-if
 * engagement), ordered by (instant, scheduling sequence). Items live in parallel typed arrays
 * indexed by a slot number that is recycled through a free list, so a run with millions of
 * waits allocates no object per item; `payload` holds the items that carry data (signals).
 */
export const ItemKind = { WaitDue: 1, WaitTimeout: 2, Signal: 3 } as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

export class ScheduleHeap {
  time = new Float64Array(1024);
  /** Scheduling order; renumbered, keeping the order, before it would pass 2^32. */
  seq = new Uint32Array(1024);
  kind = new Uint8Array(1024);
  contact = new Int32Array(1024);
  gen = new Int32Array(1024);
  private readonly payload = new Map<number, unknown>();
  private heap = new Int32Array(1024);
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
      if (slot >= this.time.length) this.growSlots();
    }
    this.time[slot] = time;
    if (this.nextSeq === 0xffffffff) this.renumber();
    this.seq[slot] = this.nextSeq++;
    this.kind[slot] = kind;
    this.contact[slot] = contact;
    this.gen[slot] = gen;
    if (payload !== undefined) this.payload.set(slot, payload);
    if (this.size >= this.heap.length) {
      const bigger = new Int32Array(Math.ceil(this.heap.length * 1.25));
      bigger.set(this.heap);
      this.heap = bigger;
    }
    this.siftUp(this.size++, slot);
  }

  /** The data an item carries (removed from the queue's keeping). */
  takePayload(slot: number): unknown {
    const p = this.payload.get(slot);
    this.payload.delete(slot);
    return p;
  }

  /** The slot of the earliest item, or -1 when empty. */
  peek(): number {
    return this.size > 0 ? this.heap[0] : -1;
  }

  peekTime(): number {
    return this.size > 0 ? this.time[this.heap[0]] : Infinity;
  }

  /** Removes the earliest item; its slot stays readable until the next push. */
  pop(): number {
    const top = this.heap[0];
    const last = this.heap[--this.size];
    if (this.size > 0) this.siftDown(0, last);
    if (this.popped >= 0) {
      this.contact[this.popped] = this.freeHead;
      this.freeHead = this.popped;
    }
    this.popped = top;
    return top;
  }

  private less(a: number, b: number): boolean {
    const ta = this.time[a];
    const tb = this.time[b];
    return ta < tb || (ta === tb && this.seq[a] < this.seq[b]);
  }

  private siftUp(i: number, slot: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!this.less(slot, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = slot;
  }

  private siftDown(i: number, slot: number): void {
    const heap = this.heap;
    const n = this.size;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.less(heap[child + 1], heap[child])) child++;
      if (!this.less(heap[child], slot)) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = slot;
  }

  /** Gives the queued items sequence numbers 0, 1, 2... in their order. */
  private renumber(): void {
    const live = Array.from(this.heap.subarray(0, this.size)).sort((a, b) => (this.less(a, b) ? -1 : this.less(b, a) ? 1 : 0));
    live.forEach((slot, i) => (this.seq[slot] = i));
    this.nextSeq = live.length;
  }

  private growSlots(): void {
    const n = Math.ceil(this.time.length * 1.25);
    const grow = <T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.time = grow(this.time, (k) => new Float64Array(k));
    this.seq = grow(this.seq, (k) => new Uint32Array(k));
    this.kind = grow(this.kind, (k) => new Uint8Array(k));
    this.contact = grow(this.contact, (k) => new Int32Array(k));
    this.gen = grow(this.gen, (k) => new Int32Array(k));
  }
}
