import { setupServer } from 'msw/node';
import { handlers } from './handlers/all';

/** The mock backend in Node (unit and component tests). Tests call `resetDb()` before each test. */
export const server = setupServer(...handlers);

export { resetDb } from './db/db';
export { setScenario } from './scenarios';
