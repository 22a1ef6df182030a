import { z } from 'zod';
import { journeyResourceSchema } from '../../src/api/common';
import { eventAdminSettingsSchema } from '../../src/api/get-event-admin-settings';
import { journeyVersionSchema } from '../../src/api/get-journey-version';
import { triggerDefinitionSchema } from '../../src/domain/catalog';
import { browserStorage, type KeyValueStorage } from '../storage';
import {
  emptyMutableData,
  emptyReferenceData,
  seedMutableData,
  seedReferenceData,
  type MutableData,
  type ReferenceData,
} from './seed';

/** Bump when the stored shape changes: older stored data is then discarded, not misread. */
export const DB_SCHEMA_VERSION = 1;
export const DB_STORAGE_KEY = 'journey-designer:mock-db';

export type { KeyValueStorage };
export type Db = MutableData & ReferenceData;

const persistedSchema = z.object({
  schemaVersion: z.literal(DB_SCHEMA_VERSION),
  data: z.object({
    journeys: z.array(z.object({ resource: journeyResourceSchema, versions: z.array(journeyVersionSchema) })),
    triggers: z.array(triggerDefinitionSchema),
    settings: eventAdminSettingsSchema,
  }),
});

let storage: KeyValueStorage | null = browserStorage();
let db: Db | null = null;

/** Where the db persists (tests pass a fake storage, or null for none). Drops the loaded db. */
export function configureDbStorage(next: KeyValueStorage | null): void {
  storage = next;
  db = null;
}

function readStored(): MutableData | null {
  const text = storage?.getItem(DB_STORAGE_KEY);
  if (!text) return null;
  try {
    const parsed = persistedSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.data as MutableData;
  } catch {
    // Not JSON: fall through and discard.
  }
  storage?.removeItem(DB_STORAGE_KEY);
  return null;
}

/** The db, loaded from storage on first use (or seeded when storage has nothing usable). */
export function getDb(): Db {
  if (!db) db = { ...seedReferenceData(), ...(readStored() ?? seedMutableData()) };
  return db;
}

/** Persists what the API can change. Called by handlers after every successful write. */
export function saveDb(): void {
  if (!db || !storage) return;
  const { journeys, triggers, settings } = db;
  try {
    storage.setItem(DB_STORAGE_KEY, JSON.stringify({ schemaVersion: DB_SCHEMA_VERSION, data: { journeys, triggers, settings } }));
  } catch (error) {
    // Quota exceeded or storage blocked: keep working in memory, but say changes will not survive.
    console.warn('Mock backend: changes could not be stored in this browser and will be lost on reload.', error);
  }
}

/** Restores the seed ("Reset demo data") and forgets stored changes. */
export function resetDb(): Db {
  storage?.removeItem(DB_STORAGE_KEY);
  db = { ...seedReferenceData(), ...seedMutableData() };
  return db;
}

/** Forgets the in-memory db so the next `getDb()` reads storage again, as a page reload does. */
export function reloadDb(): Db {
  db = null;
  return getDb();
}

let emptyDb: Db | null = null;

/** The db of the "empty" scenario: in memory only, reset when the scenario is chosen again. */
export function getEmptyDb(): Db {
  if (!emptyDb) emptyDb = { ...emptyReferenceData, ...emptyMutableData() };
  return emptyDb;
}

export function resetEmptyDb(): void {
  emptyDb = null;
}
