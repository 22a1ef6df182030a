import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ItemKind, ScheduleHeap } from './schedule-heap';

/** Pops everything, giving the contact numbers in the order they come out. */
function drain(heap: ScheduleHeap): number[] {
  const out: number[] = [];
  while (heap.size > 0) {
    heap.pop();
    out.push(heap.poppedContact);
  }
  return out;
}

describe('schedule heap', () => {
  it('gives items back by instant, in scheduling order at equal instants, with slots reused', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 200 }), (ops) => {
        const heap = new ScheduleHeap();
        const popped: number[] = [];
        ops.forEach(([t, pop], n) => {
          if (pop && heap.size > 0) {
            heap.pop();
            popped.push(heap.poppedContact);
          }
          else heap.push(t, ItemKind.WaitDue, n, 0);
        });
        popped.push(...drain(heap));
        // Popping interleaved with pushing: replay with a plain sorted list as the reference.
        const ref: { t: number; n: number }[] = [];
        const expected: number[] = [];
        ops.forEach(([t, pop], n) => {
          if (pop && ref.length > 0) {
            ref.sort((a, b) => a.t - b.t || a.n - b.n);
            expected.push(ref.shift()!.n);
          } else ref.push({ t, n });
        });
        expected.push(...ref.sort((a, b) => a.t - b.t || a.n - b.n).map((x) => x.n));
        expect(popped).toEqual(expected);
      }),
    );
  });

  it('keeps the order across the renumbering of sequence numbers near 2^32', () => {
    const heap = new ScheduleHeap();
    (heap as unknown as { nextSeq: number }).nextSeq = 0xffffffff - 3;
    for (let n = 0; n < 10; n++) heap.push(n % 2 === 0 ? 5 : 7, ItemKind.WaitDue, n, 0);
    expect(drain(heap)).toEqual([0, 2, 4, 6, 8, 1, 3, 5, 7, 9]);
  });

  it('hands back the payload of a signal once, with the number it was scheduled with', () => {
    const heap = new ScheduleHeap();
    heap.push(2, ItemKind.WaitDue, 1, 7);
    heap.push(1, ItemKind.Signal, 0, 3, 'sig');
    heap.pop();
    expect([heap.poppedKind, heap.poppedContact, heap.poppedGen]).toEqual([ItemKind.Signal, 0, 3]);
    expect(heap.takePayload()).toBe('sig');
    expect(heap.takePayload()).toBeUndefined();
    heap.pop();
    expect([heap.poppedKind, heap.poppedContact, heap.poppedGen]).toEqual([ItemKind.WaitDue, 1, 7]);
  });
});
