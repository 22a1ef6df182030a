/**
 * Growing the typed arrays the fold keeps its state in: by a quarter at a time (memory per
 * contact matters more than a few extra copies), new slots set to `fill`.
 */
type Typed = Uint8Array<ArrayBuffer> | Int16Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/** `a` when it holds n items already, else a copy with room for at least n. */
export function grown<T extends Typed>(a: T, n: number, fill = 0): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (length: number) => T)(Math.max(n, Math.ceil(a.length * 1.25), 1024));
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
