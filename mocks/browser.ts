import { setupWorker } from 'msw/browser';
import type { MockControls } from '../src/features/dev-panel/mock-controls';
import { resetDb } from './db/db';
import { handlers } from './handlers/all';
import {
  getScenario,
  initialScenario,
  scenarioDescriptions,
  scenarioLabels,
  scenarioNames,
  scenarioNameSchema,
  setScenario,
  subscribeScenario,
} from './scenarios';

export const worker = setupWorker(...handlers);

/**
 * Starts the service worker (before the app renders, so its first requests are answered) with the
 * scenario from `?scenario=` or the one remembered, and hands the dev panel its controls.
 */
export async function startMocks(): Promise<MockControls> {
  setScenario(initialScenario(window.location.search));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return {
    scenarios: scenarioNames.map((name) => ({ name, label: scenarioLabels[name], description: scenarioDescriptions[name] })),
    getScenario,
    setScenario: (name) => setScenario(scenarioNameSchema.parse(name)),
    subscribe: (listener) => subscribeScenario(() => listener()),
    resetDemoData: () => {
      resetDb();
    },
  };
}
