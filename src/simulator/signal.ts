import { grown } from './typed-growth';

/**
 * A signal: a trigger id plus the attributes it carries (simulation.md, rule 3). The record's
 * own `eventId`, `sessionId` and `tile` win over keys of the same name in its `data`, so the
 * signal keeps them apart and resolves an attribute lazily instead of merging objects.
 */
export class Sig {
  // Not readonly: the fold refills one scratch Sig for record signals that cannot be kept (see
  // Fold.signal); every other Sig is never changed once made.
  constructor(
    /** Interned trigger code (see the compiled journey), -1 when the journey never listens to it. */
    public code: number,
    public trigger: string,
    public eventId: string | undefined,
    public sessionId: string | undefined,
    public tile: string | undefined,
    public data: Record<string, unknown> | undefined,
  ) {}

  attr(key: string): unknown {
    if (key === 'eventId' && this.eventId !== undefined) return this.eventId;
    if (key === 'sessionId' && this.sessionId !== undefined) return this.sessionId;
    if (key === 'tile' && this.tile !== undefined) return this.tile;
    return this.data?.[key];
  }
}

/** One kind of fact (registered, checkedIn per event id; emailSent/Opened/Clicked per tile id): a bitset of contacts per key. */
export class Facts {
  private readonly bits = new Map<string, Uint32Array<ArrayBuffer>>();

  set(key: string, c: number, value: boolean): void {
    let b = this.bits.get(key);
    const word = c >>> 5;
    if (b === undefined || word >= b.length) {
      if (!value && b === undefined) return;
      b = grown(b ?? new Uint32Array(0), word + 1);
      this.bits.set(key, b);
    }
    if (value) b[word] |= 1 << (c & 31);
    else b[word] &= ~(1 << (c & 31));
  }

  get(key: string, c: number): boolean {
    const b = this.bits.get(key);
    if (b === undefined) return false;
    const word = c >>> 5;
    return word < b.length && (b[word] & (1 << (c & 31))) !== 0;
  }
}
