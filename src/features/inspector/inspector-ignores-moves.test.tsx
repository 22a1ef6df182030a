// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '../../../mocks/use-mock-server';
import { renderWithProviders } from '../../../tests/render-with-providers';
import type { Journey } from '../../domain/journey-schema';
import { createEditorStore } from '../../editor/editor-store';
import { EditorStoreProvider } from '../canvas/editor-store-provider';
import { InspectorPanel } from './inspector-panel';

setupMockServer();
afterEach(cleanup);

const journey: Journey = {
  schemaVersion: 1,
  id: 'dragged',
  name: 'Dragged',
  timeZone: 'Europe/Paris',
  tiles: [
    { id: 'entry', kind: 'trigger', trigger: 'registration.created', position: { x: 0, y: 0 } },
    { id: 'pause', kind: 'wait', mode: 'duration', label: 'Pause', duration: 'PT1H', position: { x: 0, y: 150 } },
  ],
  edges: [{ id: 'e1', from: 'entry', port: 'next', to: 'pause' }],
};

function setup() {
  const store = createEditorStore(journey);
  store.getState().select({ tiles: ['pause'], edges: [] });
  const commits = { count: 0 };
  renderWithProviders(
    <EditorStoreProvider store={store}>
      <Profiler id="inspector" onRender={() => { commits.count++; }}>
        <InspectorPanel />
      </Profiler>
    </EditorStoreProvider>,
  );
  return { store, commits };
}

const pause = (store: ReturnType<typeof createEditorStore>) => store.getState().journey.tiles.find((t) => t.id === 'pause')!;

describe('the inspector during a drag', () => {
  it('does not re-render when the selected tile only moves, but does when a field changes', async () => {
    const { store, commits } = setup();
    await screen.findByRole('heading');
    const before = commits.count;
    act(() => {
      for (let i = 1; i <= 5; i++) store.getState().run('moveTiles', { positions: { pause: { x: i * 10, y: 150 } }, gesture: 'drag-1' });
    });
    expect(pause(store).position).toEqual({ x: 50, y: 150 });
    expect(commits.count).toBe(before);

    act(() => {
      store.getState().run('updateTile', { tile: { ...pause(store), label: 'Longer pause' }, field: 'label' });
    });
    expect(commits.count).toBeGreaterThan(before);
    expect(pause(store).label).toBe('Longer pause');
  });
});
