/**
 * The queue of scheduled items (wait due times and timeouts, derived check-ins, what-if
 * engagement), ordered by (instant, scheduling sequence): a binary heap in parallel typed arrays,
 * each item's fields kept at its heap position, so a run with millions of waits allocates no
 * object per item and ordering reads neighbouring memory. Signals carry a payload (their Sig),
 * kept aside in a map under an id that rides in the item's `gen` field.
 */
export const ItemKind = { WaitDue: 1, WaitTimeout: 2, Signal: 3 } as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

function grown<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T {
  const b = make(Math.ceil(a.length * 1.25));
  b.set(a);
  return b;
}

export class ScheduleHeap {
  private time = new Float64Array(1024);
  /** Scheduling order; renumbered, keeping the order, before it would pass 2^32. */
  private seq = new Uint32Array(1024);
  /** The item kind, and for a signal its `gen` (what it sets when it fires) in the bits above. */
  private kind = new Uint8Array(1024);
  private contact = new Int32Array(1024);
  /** A wait's generation; a signal's payload id. */
  private gen = new Int32Array(1024);
  private readonly payload = new Map<number, unknown>();
  private nextPayload = 0;
  private nextSeq = 0;
  size = 0;

  /** The item `pop` removed last. */
  poppedKind: ItemKind = ItemKind.WaitDue;
  poppedContact = -1;
  poppedGen = 0;
  private poppedPayload: unknown = undefined;

  /** `gen`: a wait's generation, or for a signal a small number (< 64) of the caller's. */
  push(time: number, kind: ItemKind, contact: number, gen: number, payload?: unknown): void {
    if (this.size >= this.time.length) {
      this.time = grown(this.time, (n) => new Float64Array(n));
      this.seq = grown(this.seq, (n) => new Uint32Array(n));
      this.kind = grown(this.kind, (n) => new Uint8Array(n));
      this.contact = grown(this.contact, (n) => new Int32Array(n));
      this.gen = grown(this.gen, (n) => new Int32Array(n));
    }
    let k: number = kind;
    if (kind === ItemKind.Signal) {
      k = kind | (gen << 2);
      gen = this.nextPayload;
      this.nextPayload = (this.nextPayload + 1) | 0;
      this.payload.set(gen, payload);
    }
    if (this.nextSeq === 0xffffffff) this.renumber();
    this.siftUp(this.size++, time, this.nextSeq++, k, contact, gen);
  }

  peekTime(): number {
    return this.size > 0 ? this.time[0] : Infinity;
  }

  /** Removes the earliest item; its fields are then in `popped…` (and `takePayload`). */
  pop(): void {
    const k = this.kind[0];
    this.poppedKind = (k & 3) as ItemKind;
    this.poppedContact = this.contact[0];
    if (this.poppedKind === ItemKind.Signal) {
      this.poppedGen = k >> 2;
      this.poppedPayload = this.payload.get(this.gen[0]);
      this.payload.delete(this.gen[0]);
    } else {
      this.poppedGen = this.gen[0];
      this.poppedPayload = undefined;
    }
    const last = --this.size;
    if (last > 0) this.siftDown(this.time[last], this.seq[last], this.kind[last], this.contact[last], this.gen[last]);
  }

  /** The payload of the signal popped last (once). */
  takePayload(): unknown {
    const p = this.poppedPayload;
    this.poppedPayload = undefined;
    return p;
  }

  private put(i: number, t: number, q: number, k: number, c: number, g: number): void {
    this.time[i] = t;
    this.seq[i] = q;
    this.kind[i] = k;
    this.contact[i] = c;
    this.gen[i] = g;
  }

  private move(to: number, from: number): void {
    this.put(to, this.time[from], this.seq[from], this.kind[from], this.contact[from], this.gen[from]);
  }

  private siftUp(i: number, t: number, q: number, k: number, c: number, g: number): void {
    const time = this.time;
    const seq = this.seq;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = time[parent];
      if (pt < t || (pt === t && seq[parent] < q)) break;
      this.move(i, parent);
      i = parent;
    }
    this.put(i, t, q, k, c, g);
  }

  /** Places an item from the root down, in a heap of `size` items. */
  private siftDown(t: number, q: number, k: number, c: number, g: number): void {
    const time = this.time;
    const seq = this.seq;
    const n = this.size;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const r = child + 1;
      if (r < n && (time[r] < time[child] || (time[r] === time[child] && seq[r] < seq[child]))) child = r;
      const ct = time[child];
      if (t < ct || (t === ct && q < seq[child])) break;
      this.move(i, child);
      i = child;
    }
    this.put(i, t, q, k, c, g);
  }

  /** Gives the queued items sequence numbers 0, 1, 2... in their order (which a sorted array is, as a heap). */
  private renumber(): void {
    const n = this.size;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => this.time[a] - this.time[b] || this.seq[a] - this.seq[b]);
    const [time, kind, contact, gen] = [this.time.slice(0, n), this.kind.slice(0, n), this.contact.slice(0, n), this.gen.slice(0, n)];
    order.forEach((p, i) => this.put(i, time[p], i, kind[p], contact[p], gen[p]));
    this.nextSeq = n;
  }
}
