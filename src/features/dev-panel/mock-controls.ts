import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * What the dev panel can do to the in-browser mock backend. Handed over by `main.tsx` after the
 * mocks start, so nothing here imports the mocks (they stay out of production bundles).
 */
export type MockControls = {
  scenarios: readonly { name: string; label: string; description: string }[];
  getScenario(): string;
  setScenario(name: string): void;
  subscribe(listener: () => void): () => void;
  /** Restores the seeded demo data and forgets stored changes. */
  resetDemoData(): void;
};

export const MockControlsContext = createContext<MockControls | null>(null);

/** The mock controls, or null when the app talks to a real backend. */
export function useMockControls(): MockControls | null {
  return useContext(MockControlsContext);
}

const noop = () => () => {};
const none = () => null;

/** The current scenario name, re-rendering on change; null without mocks. */
export function useScenario(controls: MockControls | null): string | null {
  return useSyncExternalStore(controls ? controls.subscribe : noop, controls ? controls.getScenario : none);
}
