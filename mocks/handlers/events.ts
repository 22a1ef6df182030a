import { http, HttpResponse } from 'msw';
import type { EventResource } from '../../src/api/list-events';
import type { CatalogEvent } from '../../src/domain/catalog';
import type { Db } from '../db/db';
import { eventStats } from '../db/event-stats';
import { activeDb, apiRoute, notFound, paginate } from './http-utils';

function eventResource(db: Db, event: CatalogEvent): EventResource {
  return { ...event, stats: eventStats(event, db.activity[event.id] ?? []) };
}

export const eventHandlers = [
  http.get(apiRoute('/events'), ({ request }) => {
    const db = activeDb();
    const page = paginate(db.events, new URL(request.url));
    if (!page.ok) return page.response;
    return HttpResponse.json({ ...page.value, items: page.value.items.map((e) => eventResource(db, e)) });
  }),

  http.get(apiRoute('/events/:id'), ({ params }) => {
    const db = activeDb();
    const event = db.events.find((e) => e.id === params.id);
    return event ? HttpResponse.json(eventResource(db, event)) : notFound('event', String(params.id));
  }),

  http.get(apiRoute('/events/:id/activity'), ({ params, request }) => {
    const db = activeDb();
    const event = db.events.find((e) => e.id === params.id);
    if (!event) return notFound('event', String(params.id));
    const page = paginate(db.activity[event.id] ?? [], new URL(request.url));
    return page.ok ? HttpResponse.json(page.value) : page.response;
  }),
];
