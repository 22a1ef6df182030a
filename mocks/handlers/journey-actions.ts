import { http, HttpResponse } from 'msw';
import { errorsOf } from '../../src/domain/findings';
import { validateParsed } from '../../src/domain/validate';
import { saveDb } from '../db/db';
import { createStored, findJourney, newJourneyId, validationContextOf } from '../db/journey-store';
import { activeDb, apiRoute, errorResponse, notFound, nowIso, paginate } from './http-utils';
import { createdResponse, resourceResponse } from './journeys';

export const journeyActionHandlers = [
  http.post(apiRoute('/journeys/:id/duplicate'), ({ params }) => {
    const db = activeDb();
    const source = findJourney(db, String(params.id));
    if (!source) return notFound('journey', String(params.id));
    const original = source.resource.journey;
    const name = `${original.name} (copy)`.slice(0, 200);
    const copy = createStored({ ...original, id: newJourneyId(db, `${original.id.slice(0, 50)}-copy`), name }, nowIso());
    db.journeys.push(copy);
    saveDb();
    return createdResponse(copy.resource);
  }),

  http.post(apiRoute('/journeys/:id/publish'), ({ params }) => {
    const db = activeDb();
    const stored = findJourney(db, String(params.id));
    if (!stored) return notFound('journey', String(params.id));
    const findings = validateParsed(stored.resource.journey, validationContextOf(db));
    const errors = errorsOf(findings);
    if (errors.length > 0) {
      const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
      // Every finding goes back, warnings too, so the panel shows the whole picture.
      return errorResponse(422, 'journey-invalid', `The journey has ${count} to fix before it can be published.`, { findings });
    }
    if (stored.resource.status !== 'live') {
      stored.resource = { ...stored.resource, status: 'live', updatedAt: nowIso() };
      saveDb();
    }
    return resourceResponse(stored.resource);
  }),

  http.post(apiRoute('/journeys/:id/stop'), ({ params }) => {
    const db = activeDb();
    const stored = findJourney(db, String(params.id));
    if (!stored) return notFound('journey', String(params.id));
    if (stored.resource.status !== 'live') {
      return errorResponse(409, 'journey-not-live', `"${stored.resource.journey.name}" is not live, so there is nothing to stop.`, {
        current: stored.resource,
      });
    }
    stored.resource = { ...stored.resource, status: 'stopped', updatedAt: nowIso() };
    saveDb();
    return resourceResponse(stored.resource);
  }),

  http.get(apiRoute('/journeys/:id/versions'), ({ params, request }) => {
    const stored = findJourney(activeDb(), String(params.id));
    if (!stored) return notFound('journey', String(params.id));
    const newestFirst = [...stored.versions].reverse().map(({ version, savedAt }) => ({ version, savedAt }));
    const page = paginate(newestFirst, new URL(request.url));
    return page.ok ? HttpResponse.json(page.value) : page.response;
  }),

  http.get(apiRoute('/journeys/:id/versions/:version'), ({ params }) => {
    const stored = findJourney(activeDb(), String(params.id));
    if (!stored) return notFound('journey', String(params.id));
    const text = String(params.version);
    if (!/^\d+$/.test(text)) return errorResponse(400, 'invalid-version', `"${text}" is not a version number.`);
    const found = stored.versions.find((v) => v.version === Number(text));
    if (!found) return errorResponse(404, 'not-found', `Version ${text} of this journey does not exist.`);
    return HttpResponse.json(found);
  }),
];
