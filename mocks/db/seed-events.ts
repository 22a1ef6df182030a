import type { CatalogEvent } from '../../src/domain/catalog';

/**
 * A dozen events of every format across several zones. Chosen so the platform rules show up:
 * - evt-launch: the Teams webinar of the sample journey, two sessions, created after the spring
 *   change so the live journey has no DST warning;
 * - evt-spring-briefing: a Teams meeting created before the EU change (29 March 2026) that starts
 *   after it: the 120-minute check-in window is misjudged by the platform;
 * - evt-security-webinar: the same across the US change (8 March 2026);
 * - evt-partner-roundtable and evt-apac-office-hours: Zoom (hourly sync, matched by name);
 * - in-person events (door scans), ON24 webcasts and a Teams live event.
 */
export const seedEvents: CatalogEvent[] = [
  {
    id: 'evt-launch',
    name: 'Product launch webinar',
    format: 'teams-webinar',
    timeZone: 'Europe/Paris',
    createdAt: '2026-04-01T09:30:00+02:00',
    start: '2026-04-21T10:00',
    end: '2026-04-23T17:30',
    sessions: [
      { id: 'evt-launch-s1', name: 'Launch keynote (Europe)', start: '2026-04-21T10:00', end: '2026-04-21T11:30' },
      { id: 'evt-launch-s2', name: 'Launch keynote (Americas)', start: '2026-04-23T16:00', end: '2026-04-23T17:30' },
    ],
  },
  {
    id: 'evt-spring-briefing',
    name: 'Spring partner briefing',
    format: 'teams-meeting',
    timeZone: 'Europe/Paris',
    createdAt: '2026-03-16T14:00:00+01:00',
    start: '2026-03-30T09:00',
    end: '2026-03-30T10:00',
  },
  {
    id: 'evt-security-webinar',
    name: 'Security best practices',
    format: 'teams-webinar',
    timeZone: 'America/Los_Angeles',
    createdAt: '2026-03-02T08:00:00-08:00',
    start: '2026-03-18T10:00',
    end: '2026-03-18T11:00',
  },
  {
    id: 'evt-partner-roundtable',
    name: 'Partner roundtable',
    format: 'zoom',
    timeZone: 'America/New_York',
    createdAt: '2026-04-20T11:00:00-04:00',
    start: '2026-05-13T13:00',
    end: '2026-05-13T14:15',
  },
  {
    id: 'evt-apac-office-hours',
    name: 'APAC office hours',
    format: 'zoom',
    timeZone: 'Asia/Tokyo',
    createdAt: '2026-04-06T10:00:00+09:00',
    start: '2026-04-22T10:00',
    end: '2026-04-22T11:00',
  },
  {
    id: 'evt-customer-summit',
    name: 'Customer summit Paris',
    format: 'in-person',
    timeZone: 'Europe/Paris',
    createdAt: '2026-02-02T10:00:00+01:00',
    start: '2026-05-19T09:00',
    end: '2026-05-19T17:30',
  },
  {
    id: 'evt-sydney-meetup',
    name: 'Sydney user meetup',
    format: 'in-person',
    timeZone: 'Australia/Sydney',
    createdAt: '2026-03-09T12:00:00+11:00',
    start: '2026-04-09T18:00',
    end: '2026-04-09T20:30',
  },
  {
    id: 'evt-analytics-deep-dive',
    name: 'Analytics deep dive',
    format: 'on24',
    timeZone: 'America/Chicago',
    createdAt: '2026-04-07T09:00:00-05:00',
    start: '2026-04-29T11:00',
    end: '2026-04-29T12:00',
  },
  {
    id: 'evt-finance-webcast',
    name: 'Finance leaders webcast',
    format: 'on24',
    timeZone: 'Europe/Berlin',
    createdAt: '2026-04-14T15:00:00+02:00',
    start: '2026-05-07T14:00',
    end: '2026-05-07T15:30',
  },
  {
    id: 'evt-spring-keynote',
    name: 'Spring keynote live',
    format: 'teams-live',
    timeZone: 'Europe/London',
    createdAt: '2026-04-02T10:00:00+01:00',
    start: '2026-05-06T15:00',
    end: '2026-05-06T16:00',
  },
  {
    id: 'evt-onboarding-series',
    name: 'Customer onboarding series',
    format: 'teams-webinar',
    timeZone: 'America/New_York',
    createdAt: '2026-04-10T09:00:00-04:00',
    start: '2026-05-05T11:00',
    end: '2026-05-19T12:00',
    sessions: [
      { id: 'evt-onboarding-s1', name: 'Part 1: Getting started', start: '2026-05-05T11:00', end: '2026-05-05T12:00' },
      { id: 'evt-onboarding-s2', name: 'Part 2: Building journeys', start: '2026-05-12T11:00', end: '2026-05-12T12:00' },
      { id: 'evt-onboarding-s3', name: 'Part 3: Measuring results', start: '2026-05-19T11:00', end: '2026-05-19T12:00' },
    ],
  },
  {
    id: 'evt-berlin-workshop',
    name: 'Berlin hands-on workshop',
    format: 'in-person',
    timeZone: 'Europe/Berlin',
    createdAt: '2026-04-15T09:00:00+02:00',
    start: '2026-06-03T09:30',
    end: '2026-06-03T16:00',
  },
];
