import { afterEach, describe, expect, it } from 'vitest';
import { createJourney } from '../../src/api/create-journey';
import { getJourney } from '../../src/api/get-journey';
import { listJourneys } from '../../src/api/list-journeys';
import { setupMockServer } from '../use-mock-server';
import { configureDbStorage, DB_SCHEMA_VERSION, DB_STORAGE_KEY, getDb, reloadDb, resetDb, type KeyValueStorage } from './db';

setupMockServer();

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

afterEach(() => configureDbStorage(null));

describe('persistence', () => {
  it('keeps changes across a reload (stored with its schema version)', async () => {
    const storage = memoryStorage();
    configureDbStorage(storage);
    await createJourney({ name: 'Survives reload', timeZone: 'UTC' });
    expect(JSON.parse(storage.map.get(DB_STORAGE_KEY)!).schemaVersion).toBe(DB_SCHEMA_VERSION);
    reloadDb();
    expect((await getJourney('survives-reload')).journey.name).toBe('Survives reload');
  });

  it('discards stored data of another schema version, and data that does not parse', () => {
    const storage = memoryStorage();
    storage.setItem(DB_STORAGE_KEY, JSON.stringify({ schemaVersion: DB_SCHEMA_VERSION + 1, data: { journeys: [] } }));
    configureDbStorage(storage);
    expect(getDb().journeys).toHaveLength(3);
    expect(storage.map.has(DB_STORAGE_KEY)).toBe(false);
    storage.setItem(DB_STORAGE_KEY, '{not json');
    expect(reloadDb().journeys).toHaveLength(3);
  });

  it('"Reset demo data" restores the seed and forgets stored changes', async () => {
    const storage = memoryStorage();
    configureDbStorage(storage);
    await createJourney({ name: 'Temporary', timeZone: 'UTC' });
    expect((await listJourneys({})).items).toHaveLength(4);
    resetDb();
    expect(storage.map.has(DB_STORAGE_KEY)).toBe(false);
    expect((await listJourneys({})).items.map((j) => j.id)).not.toContain('temporary');
    reloadDb();
    expect((await listJourneys({})).items).toHaveLength(3);
  });
});

describe('a fresh db per test', () => {
  it('first test changes the db', async () => {
    await createJourney({ name: 'Leaky', timeZone: 'UTC' });
    expect((await listJourneys({})).items).toHaveLength(4);
  });

  it('the next test does not see it', async () => {
    expect((await listJourneys({})).items).toHaveLength(3);
  });
});
