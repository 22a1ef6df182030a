import { useDebugValue, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';

/** The part of a zustand (or any external) store this hook needs. */
export type ExternalStore<S> = { getState(): S; subscribe(listener: () => void): () => void };

/**
 * A slice of an external store that only changes, as far as React sees, when `equal` says it did:
 * while `equal(previous, next)` holds the previous object is returned, so memoised children and
 * effects keyed on it stay put. `selector` and `equal` must be pure.
 *
 * zustand 5 has this as `useStoreWithEqualityFn` in 'zustand/traditional', but that needs the
 * `use-sync-external-store` package, which this project does not depend on (it is only present as
 * a dependency of a dependency). This is the same algorithm on React's own `useSyncExternalStore`:
 * the memo lives in the closure of the snapshot function (remade when the selector or the
 * equality changes), and the value React committed is recorded in an effect, never during render.
 */
export function useStoreWithEquality<S, T>(store: ExternalStore<S>, selector: (state: S) => T, equal: (a: T, b: T) => boolean): T {
  const committed = useRef<{ value: T } | null>(null);
  const getSelection = useMemo(() => {
    let memo: { state: S; selection: T } | null = null;
    const select = (state: S): T => {
      if (memo && Object.is(memo.state, state)) return memo.selection;
      const next = selector(state);
      // A new selector (first call of this closure) still keeps what is on screen if it is equal.
      const previous = memo ? { value: memo.selection } : committed.current;
      const selection = previous && equal(previous.value, next) ? previous.value : next;
      memo = { state, selection };
      return selection;
    };
    return () => select(store.getState());
  }, [store, selector, equal]);
  const value = useSyncExternalStore(store.subscribe, getSelection, getSelection);
  useEffect(() => {
    committed.current = { value };
  }, [value]);
  useDebugValue(value);
  return value;
}
