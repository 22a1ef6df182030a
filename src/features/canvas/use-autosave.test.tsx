// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setScenario } from '../../../mocks/scenarios';
import { setupMockServer } from '../../../mocks/use-mock-server';
import { getJourney } from '../../api/get-journey';
import { createQueryClient } from '../../api/query-client';
import { createEditorStore, type EditorStore } from '../../editor/editor-store';
import { readDraft } from './local-draft';
import { useAutosave } from './use-autosave';

setupMockServer();
const ID = 'launch-webinar-follow-up';

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

async function setup() {
  const resource = await getJourney(ID);
  const store = createEditorStore(resource.journey);
  const client = createQueryClient({ retry: false });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const hook = renderHook(() => useAutosave(ID, store, resource.version), { wrapper });
  return { store, hook, version: resource.version };
}

function rename(store: EditorStore, name: string) {
  act(() => {
    store.getState().run('updateSettings', { patch: { name } });
  });
}

describe('autosave', () => {
  it('saves after a pause with the version it started from, then says Saved', async () => {
    const { store, hook, version } = await setup();
    rename(store, 'Renamed by autosave');
    expect(hook.result.current.status.kind).toBe('unsaved');
    await waitFor(() => expect(hook.result.current.status.kind).toBe('saved'), { timeout: 5000 });
    expect(hook.result.current.baseVersion).toBe(version + 1);
    expect((await getJourney(ID)).journey.name).toBe('Renamed by autosave');
    expect(readDraft(ID)).toBeNull();
  });

  it('keeps the changes on this device while offline', async () => {
    const { store, hook } = await setup();
    setScenario('offline', { remember: false });
    rename(store, 'Edited offline');
    await waitFor(() => expect(hook.result.current.status.kind).toBe('offline'), { timeout: 5000 });
    expect(readDraft(ID)?.journey.name).toBe('Edited offline');
    setScenario('normal', { remember: false });
    await act(async () => {
      expect(await hook.result.current.flush()).toBe(true);
    });
    expect(hook.result.current.status.kind).toBe('saved');
  });

  it('reports a conflict with the server version, then keeps mine on request', async () => {
    const { store, hook } = await setup();
    setScenario('conflict', { remember: false });
    rename(store, 'Mine');
    await waitFor(() => expect(hook.result.current.status.kind).toBe('conflict'), { timeout: 5000 });
    const status = hook.result.current.status;
    if (status.kind !== 'conflict') throw new Error('expected a conflict');
    expect(status.current.journey.name).not.toBe('Mine');
    act(() => hook.result.current.keepMine());
    await waitFor(() => expect(hook.result.current.status.kind).toBe('saved'), { timeout: 5000 });
    expect((await getJourney(ID)).journey.name).toBe('Mine');
  });

  it('takes theirs as an undoable step', async () => {
    const { store, hook } = await setup();
    setScenario('conflict', { remember: false });
    rename(store, 'Mine');
    await waitFor(() => expect(hook.result.current.status.kind).toBe('conflict'), { timeout: 5000 });
    act(() => hook.result.current.takeTheirs());
    expect(hook.result.current.status.kind).toBe('saved');
    expect(store.getState().journey.name).not.toBe('Mine');
    act(() => {
      store.getState().undo();
    });
    expect(store.getState().journey.name).toBe('Mine');
  });
});
