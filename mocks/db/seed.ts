import type { ContactResource } from '../../src/api/list-contacts';
import type { EmailTemplate } from '../../src/api/list-email-templates';
import type { JourneyResource, JourneyStatus } from '../../src/api/common';
import type { EventAdminSettings } from '../../src/api/get-event-admin-settings';
import type { CatalogEvent, TriggerDefinition } from '../../src/domain/catalog';
import type { Journey } from '../../src/domain/journey-schema';
import type { EventRecord } from '../../src/simulator/inputs';
import { seedRandom } from './random';
import { seedContacts } from './seed-contacts';
import { seedEvents } from './seed-events';
import { seedActivity } from './seed-activity';
import { seedTemplates } from './seed-templates';
import { seedTriggers } from './seed-triggers';
import { launchWebinarJourney, roundtableJourney, whitepaperJourney } from './seed-journeys';

/** The fixed seed of the demo data: every run, every browser starts from the same data. */
export const DB_SEED = 20260401;

export type StoredVersion = { version: number; savedAt: string; journey: Journey };
/** A journey and every version ever saved, oldest first. */
export type StoredJourney = { resource: JourneyResource; versions: StoredVersion[] };

/** What the API can change; this part is persisted. */
export type MutableData = {
  journeys: StoredJourney[];
  triggers: TriggerDefinition[];
  settings: EventAdminSettings;
};

/** Read-only through the API; regenerated from the seed instead of stored. */
export type ReferenceData = {
  contacts: ContactResource[];
  events: CatalogEvent[];
  activity: Record<string, EventRecord[]>;
  templates: EmailTemplate[];
};

export const defaultSettings: EventAdminSettings = {
  matching: 'email',
  checkinDelay: 'PT4H',
  defaultTimeZone: 'Europe/Paris',
};

function clone<T>(value: T): T {
  return structuredClone(value);
}

function storedJourney(
  versions: Journey[],
  status: JourneyStatus,
  createdAt: string,
  savedAts: string[],
): StoredJourney {
  const stored = versions.map((journey, i) => ({ version: i + 1, savedAt: savedAts[i], journey: clone(journey) }));
  const last = stored[stored.length - 1];
  return {
    resource: { journey: clone(last.journey), status, version: last.version, createdAt, updatedAt: last.savedAt },
    versions: stored,
  };
}

export function seedMutableData(): MutableData {
  const { goal: _goal, exitWhen: _exitWhen, ...launchV1 } = launchWebinarJourney;
  const { goal: _goal2, ...launchV2 } = launchWebinarJourney;
  return {
    journeys: [
      storedJourney(
        [launchV1, launchV2, launchWebinarJourney],
        'live',
        '2026-04-02T08:15:00.000Z',
        ['2026-04-02T08:15:00.000Z', '2026-04-03T13:40:00.000Z', '2026-04-06T09:05:00.000Z'],
      ),
      storedJourney([roundtableJourney], 'draft', '2026-04-21T15:00:00.000Z', ['2026-04-21T15:00:00.000Z']),
      storedJourney(
        [{ ...whitepaperJourney, tiles: whitepaperJourney.tiles.slice(0, 2), edges: whitepaperJourney.edges.slice(0, 1) }, whitepaperJourney],
        'draft',
        '2026-04-24T10:30:00.000Z',
        ['2026-04-24T10:30:00.000Z', '2026-04-27T16:20:00.000Z'],
      ),
    ],
    triggers: clone(seedTriggers),
    settings: clone(defaultSettings),
  };
}

let reference: ReferenceData | null = null;

/** Contacts, events, their activity and templates, generated once from the seed. */
export function seedReferenceData(): ReferenceData {
  if (!reference) {
    const contacts = seedContacts(seedRandom(DB_SEED));
    const events = clone(seedEvents);
    reference = {
      contacts,
      events,
      activity: seedActivity(events, contacts, DB_SEED),
      templates: clone(seedTemplates),
    };
  }
  return reference;
}

export const emptyReferenceData: ReferenceData = { contacts: [], events: [], activity: {}, templates: [] };

/** The "empty" scenario: no journeys, no user triggers, no events or contacts; defaults only. */
export function emptyMutableData(): MutableData {
  return { journeys: [], triggers: [], settings: clone(defaultSettings) };
}
