import { grown } from './typed-growth';

/**
 * Contacts by a key of two or three integers (a name: first and last; email and name), without
 * storing the key: a hash table of chains threaded through one link per contact, the key of a
 * contact on a chain computed again when compared. About 8 bytes per contact where a map from
 * keys would take tens; lookups are rare (Zoom records, the emailAndName strategy).
 */

export type Key = [number, number, number];
/** Writes contact c's key into `out` and returns true, or returns false when it has none. */
export type KeyReader = (c: number, out: Key) => boolean;

function hash(k: Key): number {
  let h = Math.imul(k[0] ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ k[1], 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ k[2], 0x27d4eb2f);
  return h ^ (h >>> 15);
}

const NotIn = -2;
const End = -1;

export class ChainIndex {
  private buckets = new Int32Array(1024).fill(End);
  /** Per contact: the next contact on its chain, End, or NotIn when it has no key. */
  private next = new Int32Array(0);
  private count = 0;
  private readonly probe: Key = [0, 0, 0];
  private readonly rehashProbe: Key = [0, 0, 0];

  constructor(private readonly keyOf: KeyReader) {}

  /** The smallest contact whose key is `k`, or -1. */
  find(k: Key): number {
    const probe = this.probe;
    let best = -1;
    for (let c = this.buckets[hash(k) & (this.buckets.length - 1)]; c !== End; c = this.next[c]) {
      if ((best === -1 || c < best) && this.keyOf(c, probe) && probe[0] === k[0] && probe[1] === k[1] && probe[2] === k[2]) best = c;
    }
    return best;
  }

  /** Adds contact c under its current key (if it has one). */
  add(c: number): void {
    if (c >= this.next.length) this.next = grown(this.next, c + 1, NotIn);
    if (!this.keyOf(c, this.probe)) {
      this.next[c] = NotIn;
      return;
    }
    if (++this.count > this.buckets.length) this.rehash();
    const b = hash(this.probe) & (this.buckets.length - 1);
    this.next[c] = this.buckets[b];
    this.buckets[b] = c;
  }

  /** Makes room for n keys at once, so that adding them does not rebuild the table on the way. */
  reserve(n: number): void {
    let size = this.buckets.length;
    while (size < n) size *= 2;
    if (size > this.buckets.length) this.rehash(size);
  }

  /** Removes contact c, whose key must still be the one it was added under. */
  remove(c: number): void {
    if (c >= this.next.length || this.next[c] === NotIn || !this.keyOf(c, this.probe)) return;
    const b = hash(this.probe) & (this.buckets.length - 1);
    if (this.buckets[b] === c) this.buckets[b] = this.next[c];
    else {
      let p = this.buckets[b];
      while (p !== End && this.next[p] !== c) p = this.next[p];
      if (p !== End) this.next[p] = this.next[c];
    }
    this.next[c] = NotIn;
    this.count--;
  }

  private rehash(size = this.buckets.length * 2): void {
    this.buckets = new Int32Array(size).fill(End);
    const mask = this.buckets.length - 1;
    const probe = this.rehashProbe;
    for (let c = 0; c < this.next.length; c++) {
      if (this.next[c] === NotIn || !this.keyOf(c, probe)) continue;
      const b = hash(probe) & mask;
      this.next[c] = this.buckets[b];
      this.buckets[b] = c;
    }
  }
}
