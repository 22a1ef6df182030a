import { delay, http, HttpResponse } from 'msw';
import { z } from 'zod';
import { seedRandom, type SeedRandom } from './db/random';
import { resetEmptyDb } from './db/db';
import { browserStorage, type KeyValueStorage } from './storage';

export const scenarioNames = ['normal', 'slow', 'flaky', 'offline', 'empty', 'conflict'] as const;
export const scenarioNameSchema = z.enum(scenarioNames);
export type ScenarioName = z.infer<typeof scenarioNameSchema>;

export const scenarioLabels: Record<ScenarioName, string> = {
  normal: 'Normal',
  slow: 'Slow (1–3 s)',
  flaky: 'Flaky (500 / 503)',
  offline: 'Offline',
  empty: 'Empty (no data)',
  conflict: 'Conflict (next save 409)',
};

export const scenarioDescriptions: Record<ScenarioName, string> = {
  normal: 'Every request is answered at once',
  slow: 'Every answer takes 1 to 3 seconds',
  flaky: 'About one request in four fails with 500 or 503',
  offline: 'Every request fails as if the network were down',
  empty: 'No journeys, events, contacts or templates',
  conflict: 'The next save answers 409, as if someone else saved first',
};

export const SCENARIO_STORAGE_KEY = 'journey-designer:mock-scenario';
/** Share of flaky requests that fail. */
export const FLAKY_FAILURE_RATE = 0.25;
const SCENARIO_SEED = 7;

let storage: KeyValueStorage | null = browserStorage();
let current: ScenarioName = 'normal';
let conflictArmed = false;
let random: SeedRandom = seedRandom(SCENARIO_SEED);
const listeners = new Set<(name: ScenarioName) => void>();

export function configureScenarioStorage(next: KeyValueStorage | null): void {
  storage = next;
}

export function getScenario(): ScenarioName {
  return current;
}

/**
 * Switches the backend's behaviour. Each switch starts the scenario afresh: the flaky sequence
 * restarts from its seed, the conflict is armed for the next save, the empty db is emptied.
 */
export function setScenario(name: ScenarioName, options: { remember?: boolean } = {}): void {
  current = name;
  conflictArmed = name === 'conflict';
  random = seedRandom(SCENARIO_SEED);
  if (name === 'empty') resetEmptyDb();
  if (options.remember ?? true) {
    try {
      if (name === 'normal') storage?.removeItem(SCENARIO_STORAGE_KEY);
      else storage?.setItem(SCENARIO_STORAGE_KEY, name);
    } catch {
      // Storage blocked: the scenario lasts until the page reloads.
    }
  }
  for (const listener of listeners) listener(name);
}

export function subscribeScenario(listener: (name: ScenarioName) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `?scenario=` wins (and is remembered), else the remembered one, else normal. */
export function initialScenario(search: string): ScenarioName {
  const fromUrl = scenarioNameSchema.safeParse(new URLSearchParams(search).get('scenario'));
  if (fromUrl.success) return fromUrl.data;
  const stored = scenarioNameSchema.safeParse(storage?.getItem(SCENARIO_STORAGE_KEY) ?? undefined);
  return stored.success ? stored.data : 'normal';
}

/** True once after the conflict scenario was chosen: that save answers 409. */
export function takeConflict(): boolean {
  if (current !== 'conflict' || !conflictArmed) return false;
  conflictArmed = false;
  return true;
}

/**
 * Runs before every resource handler: delays, fails or cuts the request as the scenario says, or
 * returns nothing so the resource handler answers.
 */
export const scenarioHandlers = [
  http.all('*/api/*', async () => {
    switch (current) {
      case 'slow':
        await delay(random.int(1000, 3000));
        return undefined;
      case 'flaky':
        if (random.chance(FLAKY_FAILURE_RATE)) {
          const status = random.chance(0.5) ? 500 : 503;
          return HttpResponse.json(
            {
              error: {
                code: status === 500 ? 'internal-error' : 'service-unavailable',
                message:
                  status === 500
                    ? 'The server failed while answering. Try again.'
                    : 'The service is briefly unavailable. Try again in a moment.',
              },
            },
            { status, headers: status === 503 ? { 'Retry-After': '1' } : undefined },
          );
        }
        return undefined;
      case 'offline':
        return HttpResponse.error();
      default:
        return undefined;
    }
  }),
];
