import { http, HttpResponse } from 'msw';
import { createTriggerBodySchema } from '../../src/api/create-trigger';
import type { CatalogTrigger } from '../../src/api/list-triggers';
import { updateTriggerBodySchema } from '../../src/api/update-trigger';
import { builtInTriggers, isBuiltInTrigger, triggerDefinitionSchema, type TriggerDefinition } from '../../src/domain/catalog';
import { saveDb, type Db } from '../db/db';
import { slugify, uniqueId } from '../db/journey-store';
import { takeConflict } from '../scenarios';
import { activeDb, apiRoute, errorResponse, issuesOf, notFound, paginate, parseBody, readJson } from './http-utils';

const builtInCatalog: CatalogTrigger[] = builtInTriggers.map(({ family, ...t }) => ({ ...t, kind: family, status: 'ready' }));

function catalogOf(db: Db): CatalogTrigger[] {
  return [...builtInCatalog, ...db.triggers];
}

const customOnly = ['attributes'] as const;
const recordOnly = ['table', 'audience', 'action', 'columns'] as const;

function triggerResponse(trigger: TriggerDefinition, status = 200) {
  const headers = status === 201 ? { Location: `/api/triggers/${encodeURIComponent(trigger.id)}` } : undefined;
  return HttpResponse.json(trigger, { status, headers });
}

export const triggerHandlers = [
  http.get(apiRoute('/triggers'), ({ request }) => {
    const page = paginate(catalogOf(activeDb()), new URL(request.url));
    return page.ok ? HttpResponse.json(page.value) : page.response;
  }),

  http.post(apiRoute('/triggers'), async ({ request }) => {
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const parsed = parseBody(createTriggerBodySchema, body.value, 'trigger');
    if (!parsed.ok) return parsed.response;
    const db = activeDb();
    const taken = (id: string) => isBuiltInTrigger(id) || db.triggers.some((t) => t.id === id);
    const { id: requested, ...fields } = parsed.value;
    if (requested !== undefined && taken(requested)) {
      return errorResponse(409, 'trigger-exists', `A trigger with the id "${requested}" already exists.`);
    }
    const prefix = fields.kind === 'custom' ? 'custom' : 'record';
    const id = requested ?? uniqueId(`${prefix}.${slugify(fields.name)}`, taken);
    const trigger = triggerDefinitionSchema.parse({ ...fields, id, status: 'draft' });
    db.triggers.push(trigger);
    saveDb();
    return triggerResponse(trigger, 201);
  }),

  http.patch(apiRoute('/triggers/:id'), async ({ request, params }) => {
    const id = String(params.id);
    const db = activeDb();
    if (isBuiltInTrigger(id)) {
      return errorResponse(409, 'trigger-built-in', `"${id}" is a built-in trigger: it cannot be edited.`);
    }
    const index = db.triggers.findIndex((t) => t.id === id);
    if (index < 0) return notFound('trigger', id);
    const current = db.triggers[index];
    if (takeConflict()) {
      return errorResponse(409, 'conflict', 'Someone else changed this trigger just now. Review their version, then save again.', {
        current,
      });
    }
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const parsed = parseBody(updateTriggerBodySchema, body.value, 'trigger change');
    if (!parsed.ok) return parsed.response;
    const foreign = current.kind === 'custom' ? recordOnly : customOnly;
    const wrong = foreign.filter((field) => parsed.value[field] !== undefined);
    if (wrong.length > 0) {
      return errorResponse(400, 'malformed-body', `A ${current.kind} trigger has no ${wrong.join(', ')}.`, {
        issues: wrong.map((path) => ({ path, message: `not a field of a ${current.kind} trigger` })),
      });
    }
    const next = triggerDefinitionSchema.safeParse({ ...current, ...parsed.value });
    if (!next.success) {
      return errorResponse(400, 'malformed-body', 'The trigger change is malformed.', { issues: issuesOf(next.error) });
    }
    db.triggers[index] = next.data;
    saveDb();
    return triggerResponse(next.data);
  }),
];
