import type { JourneyResource, JourneySummary } from '../../src/api/common';
import type { Journey } from '../../src/domain/journey-schema';
import type { ValidationContext } from '../../src/domain/validate';
import type { Db } from './db';
import type { StoredJourney } from './seed';

export function findJourney(db: Db, id: string): StoredJourney | undefined {
  return db.journeys.find((j) => j.resource.journey.id === id);
}

export function summaryOf(resource: JourneyResource): JourneySummary {
  return {
    id: resource.journey.id,
    name: resource.journey.name,
    status: resource.status,
    version: resource.version,
    updatedAt: resource.updatedAt,
  };
}

/** `Launch webinar!` → `launch-webinar`; always a valid journey id. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug || 'journey';
}

/** `base` when free, else `base-2`, `base-3`… (kept within the 64-character id limit). */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  const stem = base.slice(0, 56);
  if (!taken(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

export function newJourneyId(db: Db, base: string): string {
  return uniqueId(base, (id) => findJourney(db, id) !== undefined);
}

/** What the validator needs from the db: events, user triggers and template ids. */
export function validationContextOf(db: Db): ValidationContext {
  return {
    catalog: { events: db.events, triggers: db.triggers },
    templates: db.templates.map((t) => t.id),
  };
}

export function createStored(journey: Journey, at: string): StoredJourney {
  const copy = structuredClone(journey);
  return {
    resource: { journey: copy, status: 'draft', version: 1, createdAt: at, updatedAt: at },
    versions: [{ version: 1, savedAt: at, journey: structuredClone(copy) }],
  };
}

/**
 * Versions kept per journey. The editor autosaves, and browser storage holds a few megabytes: the
 * oldest versions beyond this go (their numbers are never reused).
 */
export const MAX_KEPT_VERSIONS = 200;

/** Saves a new version of the document: version + 1, kept in the history. */
export function saveVersion(stored: StoredJourney, journey: Journey, at: string): void {
  const version = stored.resource.version + 1;
  stored.resource = { ...stored.resource, journey: structuredClone(journey), version, updatedAt: at };
  stored.versions.push({ version, savedAt: at, journey: structuredClone(journey) });
  if (stored.versions.length > MAX_KEPT_VERSIONS) stored.versions.splice(0, stored.versions.length - MAX_KEPT_VERSIONS);
}

/** Most recently changed first, then by id, so pages are stable. */
export function journeysInListOrder(db: Db): StoredJourney[] {
  return [...db.journeys].sort(
    (a, b) =>
      b.resource.updatedAt.localeCompare(a.resource.updatedAt) ||
      a.resource.journey.id.localeCompare(b.resource.journey.id),
  );
}
