import { describe, expect, it } from 'vitest';
import { getEvent } from '../../src/api/get-event';
import { listEventActivity } from '../../src/api/list-event-activity';
import { listEvents, toCatalogEvent } from '../../src/api/list-events';
import { catalogEventSchema } from '../../src/domain/catalog';
import { parseInstant } from '../../src/domain/time';
import { setupMockServer } from '../use-mock-server';
import { rejection } from './api-rejection';

setupMockServer();

describe('events', () => {
  it('lists the dozen events with their counts; each is a catalog event once the counts are removed', async () => {
    const events = await listEvents();
    expect(events).toHaveLength(12);
    for (const event of events) expect(catalogEventSchema.safeParse(toCatalogEvent(event)).success).toBe(true);
    const launch = events.find((e) => e.id === 'evt-launch')!;
    expect(launch.sessions).toHaveLength(2);
    expect(launch.stats.registrations).toBeGreaterThan(launch.stats.registered);
    expect(launch.stats.checkIns).toBeGreaterThan(0);
    expect(launch.stats.checkIns).toBeLessThanOrEqual(launch.stats.joinClicks);
  });

  it('reads one event and answers 404 for an unknown one', async () => {
    expect((await getEvent('evt-customer-summit')).format).toBe('in-person');
    expect((await rejection(getEvent('evt-nope'))).status).toBe(404);
  });

  it('pages the activity 20 records at a time, in instant order across pages', async () => {
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await listEventActivity('evt-launch', cursor);
      expect(page.items.length).toBeLessThanOrEqual(20);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(all.length).toBeGreaterThan(40);
    const instants = all.map((r) => parseInstant(r.at)!);
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);
    expect((await rejection(listEventActivity('evt-nope'))).status).toBe(404);
  });
});
