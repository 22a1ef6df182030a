import { dropReasons, type DropReason, type DroppedRecord } from './record-check';

/**
 * Dropped records: every one counted by reason, and the `limit` with the smallest line numbers
 * kept (a max-heap on the line), so a log with a million bad lines holds a thousand objects.
 */
function record(line: number, reason: DropReason, why: string | (() => string) | undefined): DroppedRecord {
  if (why === undefined) return { line, reason };
  return { line, reason, why: typeof why === 'string' ? why : why() };
}

export class DroppedKeeper {
  readonly counts = new Map<DropReason, number>(dropReasons.map((r) => [r, 0]));
  total = 0;
  private readonly heap: DroppedRecord[] = [];

  constructor(private readonly limit: number) {}

  /** `why`: the sentence, or a function that makes it, called only when the record is kept. */
  add(line: number, reason: DropReason, why?: string | (() => string)): void {
    this.total++;
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    const heap = this.heap;
    if (heap.length >= this.limit) {
      if (this.limit === 0 || line >= heap[0].line) return;
      heap[0] = record(line, reason, why);
      this.siftDown(0);
      return;
    }
    heap.push(record(line, reason, why));
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p].line >= heap[i].line) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l].line > heap[m].line) m = l;
      if (r < heap.length && heap[r].line > heap[m].line) m = r;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }

  /** The kept records in line order (ties keep no particular order; lines are unique in one log). */
  sorted(): DroppedRecord[] {
    return [...this.heap].sort((a, b) => a.line - b.line);
  }
}
