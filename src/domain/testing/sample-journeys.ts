import type { Catalog } from '../catalog';
import type { Journey } from '../journey-schema';

/**
 * Small documents for tests: a valid webinar follow-up and its catalog. Each test copies one and
 * changes the one thing its rule is about, so "triggers" and "does not trigger" differ by little.
 */

export function webinarJourney(): Journey {
  return {
    schemaVersion: 1,
    id: 'webinar',
    name: 'Webinar follow-up',
    timeZone: 'Europe/Paris',
    tiles: [
      { id: 'entry', kind: 'trigger', trigger: 'registration.created', where: { attr: 'trigger.eventId', op: 'eq', value: 'evt-web' } },
      { id: 'confirm', kind: 'email', template: 'tpl-confirm', subject: 'See you soon' },
      { id: 'join', kind: 'email', template: 'tpl-join', subject: 'Your link', event: 'evt-web' },
      {
        id: 'await-checkin',
        kind: 'wait',
        mode: 'trigger',
        trigger: 'checkin.created',
        where: { attr: 'event.eventId', op: 'eq', value: 'evt-web' },
        timeout: { event: 'trigger', anchor: 'end', offset: 'PT6H' },
      },
      { id: 'thanks', kind: 'email', template: 'tpl-thanks', subject: 'Thanks' },
      { id: 'replay', kind: 'email', template: 'tpl-replay', subject: 'Replay' },
    ],
    edges: [
      { id: 'e1', from: 'entry', port: 'next', to: 'confirm' },
      { id: 'e2', from: 'confirm', port: 'next', to: 'join' },
      { id: 'e3', from: 'join', port: 'next', to: 'await-checkin' },
      { id: 'e4', from: 'await-checkin', port: 'triggered', to: 'thanks' },
      { id: 'e5', from: 'await-checkin', port: 'timeout', to: 'replay' },
    ],
  };
}

export function webinarCatalog(): Catalog {
  return {
    events: [
      {
        id: 'evt-web',
        name: 'Product webinar',
        format: 'teams-webinar',
        timeZone: 'Europe/Paris',
        createdAt: '2026-02-01T10:00:00+01:00',
        start: '2026-03-10T18:00',
        end: '2026-03-10T19:00',
      },
    ],
    triggers: [
      { id: 'custom.whitepaper', kind: 'custom', name: 'White paper downloaded', status: 'ready', attributes: [{ name: 'paperId', type: 'string' }] },
      { id: 'custom.draft', kind: 'custom', name: 'Draft signal', status: 'draft', attributes: [] },
    ],
  };
}
