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
      fc.property(fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 5000 })), fc.boolean()), { maxLength: 400 }), (ops) => {
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

  it('keeps instants apart however many there are, and drops an item with no instant', () => {
    const heap = new ScheduleHeap();
    const times = Array.from({ length: 5000 }, (_, i) => 1.7e12 + ((i * 7919) % 5000) * 60_000);
    times.forEach((t, n) => heap.push(t, ItemKind.WaitDue, n, 0));
    heap.push(NaN, ItemKind.WaitDue, -1, 0);
    const order = drain(heap);
    expect(order).toHaveLength(5000);
    expect(order.map((n) => times[n])).toEqual([...times].sort((a, b) => a - b));
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
