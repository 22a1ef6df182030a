/**
 * The queue of scheduled items (wait due times and timeouts, derived check-ins, what-if
 * engagement), ordered by (instant, scheduling sequence). Items live in parallel typed arrays
 * indexed by a slot number that is recycled through a free list, so a run with millions of
 * waits allocates no object per item; `payload` holds the rare items that carry data.
 */
export const ItemKind = { WaitDue: 1, WaitTimeout: 2, Signal: 3 } as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

export class ScheduleHeap {
  time = new Float64Array(1024);
  seq = new Float64Array(1024);
  kind = new Uint8Array(1024);
  contact = new Int32Array(1024);
  gen = new Int32Array(1024);
  payload: unknown[] = [];
  private heap = new Int32Array(1024);
  private free: number[] = [];
  private slots = 0;
  private nextSeq = 0;
  size = 0;

  push(time: number, kind: ItemKind, contact: number, gen: number, payload?: unknown): void {
    let slot: number;
    if (this.free.length > 0) slot = this.free.pop()!;
    else {
      slot = this.slots++;
      if (slot >= this.time.length) this.growSlots();
    }
    this.time[slot] = time;
    this.seq[slot] = this.nextSeq++;
    this.kind[slot] = kind;
    this.contact[slot] = contact;
    this.gen[slot] = gen;
    if (payload !== undefined || this.payload.length > slot) this.payload[slot] = payload;
    if (this.size >= this.heap.length) {
      const bigger = new Int32Array(this.heap.length * 2);
      bigger.set(this.heap);
      this.heap = bigger;
    }
    this.siftUp(this.size++, slot);
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
    this.free.push(top);
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

  private growSlots(): void {
    const n = this.time.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.time = grow(this.time, (k) => new Float64Array(k));
    this.seq = grow(this.seq, (k) => new Float64Array(k));
    this.kind = grow(this.kind, (k) => new Uint8Array(k));
    this.contact = grow(this.contact, (k) => new Int32Array(k));
    this.gen = grow(this.gen, (k) => new Int32Array(k));
  }
}
