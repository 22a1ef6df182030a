// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../../api/query-client';
import { DevPanel } from './dev-panel';
import { MockControlsContext, type MockControls } from './mock-controls';

afterEach(cleanup);

function fakeControls(initial = 'normal') {
  let current = initial;
  const listeners = new Set<() => void>();
  const controls: MockControls = {
    scenarios: [
      { name: 'normal', label: 'Normal', description: 'Normal' },
      { name: 'flaky', label: 'Flaky', description: 'Flaky' },
    ],
    getScenario: () => current,
    setScenario: vi.fn((name: string) => {
      current = name;
      listeners.forEach((l) => l());
    }),
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    resetDemoData: vi.fn(),
  };
  return controls;
}

function renderPanel(controls: MockControls | null) {
  return render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <MockControlsContext.Provider value={controls}>
        <DevPanel />
      </MockControlsContext.Provider>
    </QueryClientProvider>,
  );
}

describe('DevPanel', () => {
  it('renders nothing against a real backend', () => {
    const { container } = renderPanel(null);
    expect(container).toBeEmptyDOMElement();
  });

  it('switches the scenario and shows a badge while it is not normal', async () => {
    const controls = fakeControls();
    renderPanel(controls);
    expect(screen.queryByText(/Mock:/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dev panel' }));
    await userEvent.selectOptions(screen.getByLabelText('Backend scenario'), 'flaky');
    expect(controls.setScenario).toHaveBeenCalledWith('flaky');
    expect(screen.getByText('Mock: flaky')).toBeVisible();
  });

  it('resets the demo data from its button', async () => {
    const controls = fakeControls('flaky');
    renderPanel(controls);
    await userEvent.click(screen.getByRole('button', { name: 'Dev panel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect(controls.resetDemoData).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Demo data restored.')).toBeInTheDocument();
  });
});
