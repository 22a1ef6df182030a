import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../src/api/client';
import { createJourney } from '../src/api/create-journey';
import { getJourney } from '../src/api/get-journey';
import { listJourneys } from '../src/api/list-journeys';
import { listEvents } from '../src/api/list-events';
import { listTriggers } from '../src/api/list-triggers';
import { conflictCurrent, saveJourney } from '../src/api/save-journey';
import { builtInTriggers } from '../src/domain/catalog';
import {
  configureScenarioStorage,
  initialScenario,
  SCENARIO_STORAGE_KEY,
  setScenario,
} from './scenarios';
import { setupMockServer } from './use-mock-server';

setupMockServer();

describe('scenarios', () => {
  it('offline: every request fails as a network error', async () => {
    setScenario('offline', { remember: false });
    await expect(listJourneys({})).rejects.toBeInstanceOf(NetworkError);
  });

  it('flaky: a seeded share of requests answers 500 or 503, the same sequence each time', async () => {
    const run = async () => {
      setScenario('flaky', { remember: false });
      const outcomes: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        outcomes.push(await listJourneys({}).then(() => 'ok', (e: ApiError) => String(e.status)));
      }
      return outcomes;
    };
    const first = await run();
    const failures = first.filter((o) => o !== 'ok');
    expect(failures.length).toBeGreaterThan(3);
    expect(failures.length).toBeLessThan(20);
    expect(new Set(failures)).toEqual(new Set(['500', '503']));
    expect(await run()).toEqual(first);
  });

  it('empty: no journeys and no events, built-in triggers only; creating still works', async () => {
    setScenario('empty', { remember: false });
    expect((await listJourneys({})).items).toEqual([]);
    expect(await listEvents()).toEqual([]);
    expect(await listTriggers()).toHaveLength(builtInTriggers.length);
    await createJourney({ name: 'First one', timeZone: 'UTC' });
    expect((await listJourneys({})).items).toHaveLength(1);
    setScenario('normal', { remember: false });
    expect((await listJourneys({})).items).toHaveLength(3);
  });

  it('conflict: the next journey save answers 409 as if someone saved first; the retry on their version saves', async () => {
    setScenario('conflict', { remember: false });
    const mine = await getJourney('partner-roundtable-invite');
    const error = await saveJourney(mine.journey.id, { journey: { ...mine.journey, name: 'Mine' }, version: mine.version }).catch((e) => e);
    const current = conflictCurrent(error);
    expect(current?.version).toBe(mine.version + 1);
    const saved = await saveJourney(mine.journey.id, { journey: { ...mine.journey, name: 'Mine' }, version: current!.version });
    expect(saved.journey.name).toBe('Mine');
  });

  it('is chosen by ?scenario=, else remembered, else normal', () => {
    const map = new Map<string, string>();
    configureScenarioStorage({
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    });
    expect(initialScenario('')).toBe('normal');
    expect(initialScenario('?scenario=slow')).toBe('slow');
    setScenario('flaky');
    expect(map.get(SCENARIO_STORAGE_KEY)).toBe('flaky');
    expect(initialScenario('?other=1')).toBe('flaky');
    expect(initialScenario('?scenario=bogus')).toBe('flaky');
    setScenario('normal');
    expect(map.has(SCENARIO_STORAGE_KEY)).toBe(false);
    configureScenarioStorage(null);
  });
});

describe('slow scenario', () => {
  it('holds every answer for 1 to 3 seconds', async () => {
    setScenario('slow', { remember: false });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled = false;
      const pending = listJourneys({}).then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2001);
      await pending;
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
