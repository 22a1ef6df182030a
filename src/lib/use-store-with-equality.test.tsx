// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { useStoreWithEquality } from './use-store-with-equality';

afterEach(cleanup);

type Item = { id: string; name: string; x: number };
type State = { items: Item[]; other: number };

const sameIgnoringX = (a: Item | undefined, b: Item | undefined) => a === b || (!!a && !!b && a.id === b.id && a.name === b.name);
const selectors = new Map<string, (s: State) => Item | undefined>();
const byId = (id: string) => {
  if (!selectors.has(id)) selectors.set(id, (s: State) => s.items.find((i) => i.id === id));
  return selectors.get(id)!;
};

function setup(strict = false) {
  const store = createStore<State>()(() => ({ items: [{ id: 'a', name: 'A', x: 0 }, { id: 'b', name: 'B', x: 0 }], other: 0 }));
  const seen: (Item | undefined)[] = [];
  function Probe({ id }: { id: string }) {
    const item = useStoreWithEquality(store, byId(id), sameIgnoringX);
    seen.push(item);
    return <p>{item?.name}</p>;
  }
  const view = render(strict ? <StrictMode><Probe id="a" /></StrictMode> : <Probe id="a" />);
  const rerender = (id: string) => view.rerender(strict ? <StrictMode><Probe id={id} /></StrictMode> : <Probe id={id} />);
  const move = (id: string, x: number) =>
    act(() => store.setState((s) => ({ items: s.items.map((i) => (i.id === id ? { ...i, x } : i)) })));
  const rename = (id: string, name: string) =>
    act(() => store.setState((s) => ({ items: s.items.map((i) => (i.id === id ? { ...i, name } : i)) })));
  return { store, seen, rerender, move, rename, view };
}

describe('useStoreWithEquality', () => {
  it('keeps the first object and does not re-render while only ignored fields change', () => {
    const { seen, move, store } = setup();
    const first = seen.at(-1);
    const renders = seen.length;
    move('a', 10);
    move('a', 20);
    act(() => store.setState({ other: 1 }));
    expect(seen.length).toBe(renders);
    expect(store.getState().items[0].x).toBe(20);
    expect(first?.x).toBe(0);
  });

  it('re-renders with the new object when a compared field changes', () => {
    const { seen, move, rename, view } = setup();
    move('a', 10);
    rename('a', 'Renamed');
    expect(seen.at(-1)).toEqual({ id: 'a', name: 'Renamed', x: 10 });
    expect(view.container.textContent).toBe('Renamed');
  });

  it('follows a new selector at once', () => {
    const { seen, rerender, view } = setup();
    rerender('b');
    expect(seen.at(-1)?.id).toBe('b');
    expect(view.container.textContent).toBe('B');
  });

  it('behaves the same under StrictMode double rendering', () => {
    const { seen, move, rename } = setup(true);
    const renders = seen.length;
    const shown = seen.at(-1);
    move('a', 5);
    expect(seen.length).toBe(renders);
    expect(seen.at(-1)).toBe(shown);
    rename('a', 'Strict');
    expect(seen.at(-1)?.name).toBe('Strict');
  });
});
