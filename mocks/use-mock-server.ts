import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { configureDbStorage, resetDb } from './db/db';
import { setMockClock } from './handlers/http-utils';
import { configureScenarioStorage, setScenario } from './scenarios';
import { server } from './server';

/**
 * Registers the MSW Node server for the calling test file: unhandled requests fail the test, and
 * every test starts from the seeded db, the normal scenario and the real clock, without storage.
 */
export function setupMockServer(): typeof server {
  beforeAll(() => {
    configureDbStorage(null);
    configureScenarioStorage(null);
    server.listen({ onUnhandledRequest: 'error' });
  });
  beforeEach(() => {
    resetDb();
    setScenario('normal', { remember: false });
  });
  afterEach(() => {
    server.resetHandlers();
    setMockClock(null);
  });
  afterAll(() => server.close());
  return server;
}

/**
 * Same as `setupMockServer`. Kept for existing tests; under src/ its `use` prefix trips the
 * react-hooks lint rule, so prefer `setupMockServer` there.
 */
export const useMockServer = setupMockServer;
