import { http, HttpResponse } from 'msw';
import { etagOf, journeyStatusSchema, type JourneyResource } from '../../src/api/common';
import { createJourneyFromNameSchema } from '../../src/api/create-journey';
import { finding } from '../../src/domain/findings';
import type { Journey } from '../../src/domain/journey-schema';
import { isValidZone } from '../../src/domain/time';
import { errorsOf } from '../../src/domain/findings';
import { parseJourney, validateParsed } from '../../src/domain/validate';
import { saveDb } from '../db/db';
import {
  createStored,
  findJourney,
  journeysInListOrder,
  newJourneyId,
  saveVersion,
  slugify,
  summaryOf,
  validationContextOf,
} from '../db/journey-store';
import { takeConflict } from '../scenarios';
import {
  activeDb,
  apiRoute,
  errorResponse,
  matchesSearch,
  notFound,
  nowIso,
  paginate,
  parseBody,
  readJson,
} from './http-utils';

export function resourceResponse(resource: JourneyResource, init: { status?: number; headers?: Record<string, string> } = {}) {
  return HttpResponse.json(resource, {
    status: init.status ?? 200,
    headers: { ETag: etagOf(resource.version), ...init.headers },
  });
}

export function createdResponse(resource: JourneyResource) {
  return resourceResponse(resource, {
    status: 201,
    headers: { Location: `/api/journeys/${encodeURIComponent(resource.journey.id)}` },
  });
}

/** `"3"`, `W/"3"` or `3` → 3; `*` → 'any'; anything else → null. */
function parseIfMatch(header: string): number | 'any' | null {
  const text = header.trim();
  if (text === '*') return 'any';
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(text);
  return match ? Number(match[1]) : null;
}

export const journeyHandlers = [
  http.get(apiRoute('/journeys'), ({ request }) => {
    const url = new URL(request.url);
    const search = url.searchParams.get('search') ?? '';
    const statusParam = url.searchParams.get('status');
    let status: JourneyResource['status'] | undefined;
    if (statusParam !== null && statusParam !== '') {
      const parsed = journeyStatusSchema.safeParse(statusParam);
      if (!parsed.success) {
        return errorResponse(400, 'invalid-query', `The status "${statusParam}" is not one of draft, live or stopped.`);
      }
      status = parsed.data;
    }
    const items = journeysInListOrder(activeDb())
      .map((j) => j.resource)
      .filter((r) => (status ? r.status === status : true))
      .filter((r) => matchesSearch(search, r.journey.name, r.journey.id))
      .map(summaryOf);
    const page = paginate(items, url);
    return page.ok ? HttpResponse.json(page.value) : page.response;
  }),

  http.post(apiRoute('/journeys'), async ({ request }) => {
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const db = activeDb();
    const at = nowIso();
    const value = body.value;
    const isDocument = typeof value === 'object' && value !== null && 'schemaVersion' in value;
    let journey: Journey;
    if (isDocument) {
      const parsed = parseJourney(value);
      if (!parsed.ok) {
        return errorResponse(422, 'invalid-journey', 'The journey file does not match the journey format; nothing was created.', {
          findings: parsed.findings,
        });
      }
      // An import never overwrites: a taken id gets a free one.
      journey = { ...parsed.journey, id: newJourneyId(db, parsed.journey.id) };
    } else {
      const parsed = parseBody(createJourneyFromNameSchema, value, 'new journey');
      if (!parsed.ok) return parsed.response;
      if (!isValidZone(parsed.value.timeZone)) {
        const f = finding('timezone-invalid', `"${parsed.value.timeZone}" is not a time zone; pick one from the list, such as Europe/Paris.`, {
          path: 'timeZone',
        });
        return errorResponse(422, 'invalid-journey', f.message, { findings: [f] });
      }
      journey = {
        schemaVersion: 1,
        id: newJourneyId(db, slugify(parsed.value.name)),
        name: parsed.value.name,
        timeZone: parsed.value.timeZone,
        tiles: [],
        edges: [],
      };
    }
    const stored = createStored(journey, at);
    db.journeys.push(stored);
    saveDb();
    return createdResponse(stored.resource);
  }),

  http.get(apiRoute('/journeys/:id'), ({ params }) => {
    const stored = findJourney(activeDb(), String(params.id));
    return stored ? resourceResponse(stored.resource) : notFound('journey', String(params.id));
  }),

  http.put(apiRoute('/journeys/:id'), async ({ request, params }) => {
    const id = String(params.id);
    const db = activeDb();
    const stored = findJourney(db, id);
    if (!stored) return notFound('journey', id);
    const ifMatch = request.headers.get('If-Match');
    if (ifMatch === null) {
      return errorResponse(428, 'if-match-required', 'Saving needs the If-Match header with the version you edited (its ETag).');
    }
    const expected = parseIfMatch(ifMatch);
    if (expected === null) {
      return errorResponse(400, 'malformed-if-match', `The If-Match header "${ifMatch}" is not an ETag of this API ("<version>").`);
    }
    if (takeConflict()) {
      // The conflict scenario plays another person saving just before this request.
      saveVersion(stored, stored.resource.journey, nowIso());
      saveDb();
    }
    if (expected !== 'any' && expected !== stored.resource.version) {
      return errorResponse(
        409,
        'version-conflict',
        `Someone else saved this journey (now version ${stored.resource.version}) after you opened version ${expected}.`,
        { current: stored.resource },
        { ETag: etagOf(stored.resource.version) },
      );
    }
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const parsed = parseJourney(body.value);
    if (!parsed.ok) {
      return errorResponse(422, 'invalid-journey', 'The journey does not match the journey format; it was not saved.', {
        findings: parsed.findings,
      });
    }
    if (parsed.journey.id !== id) {
      return errorResponse(400, 'id-mismatch', `The document's id "${parsed.journey.id}" is not the id in the URL ("${id}").`);
    }
    if (stored.resource.status === 'live') {
      // A live journey keeps running on what is saved: it must stay publishable.
      const errors = errorsOf(validateParsed(parsed.journey, validationContextOf(db)));
      if (errors.length > 0) {
        return errorResponse(422, 'invalid-journey', 'This journey is live: a change with errors cannot be saved. Stop it first or fix the errors.', {
          findings: errors,
        });
      }
    }
    saveVersion(stored, parsed.journey, nowIso());
    saveDb();
    return resourceResponse(stored.resource);
  }),

  http.delete(apiRoute('/journeys/:id'), ({ params }) => {
    const id = String(params.id);
    const db = activeDb();
    const stored = findJourney(db, id);
    if (!stored) return notFound('journey', id);
    if (stored.resource.status === 'live') {
      return errorResponse(409, 'journey-live', `"${stored.resource.journey.name}" is live: stop it before deleting it.`, {
        current: stored.resource,
      });
    }
    db.journeys = db.journeys.filter((j) => j !== stored);
    saveDb();
    return new HttpResponse(null, { status: 204 });
  }),
];
