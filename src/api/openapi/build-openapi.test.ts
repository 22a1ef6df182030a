import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../mocks/handlers/all';
import { buildOpenApi } from './build-openapi';

/** The resource table of api.md, one line per method and path. */
const specRoutes = [
  'GET /journeys',
  'POST /journeys',
  'GET /journeys/{id}',
  'PUT /journeys/{id}',
  'DELETE /journeys/{id}',
  'POST /journeys/{id}/duplicate',
  'POST /journeys/{id}/publish',
  'POST /journeys/{id}/stop',
  'GET /journeys/{id}/versions',
  'GET /journeys/{id}/versions/{version}',
  'GET /triggers',
  'POST /triggers',
  'PATCH /triggers/{id}',
  'GET /events',
  'GET /events/{id}',
  'GET /events/{id}/activity',
  'GET /contacts',
  'GET /email-templates',
  'GET /email-templates/{id}',
  'GET /settings/event-admin',
  'PUT /settings/event-admin',
];

type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>> };
const doc = buildOpenApi() as Doc;
const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));

describe('openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(doc) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents exactly the routes of the spec', () => {
    expect([...documented].sort()).toEqual([...specRoutes].sort());
  });

  it('documents the statuses the spec names, and the error body on every error', () => {
    const put = doc.paths['/journeys/{id}'].put;
    expect(Object.keys(put.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '409', '422', '500', '503']));
    expect(put.parameters?.map((p) => p.name)).toContain('If-Match');
    expect(Object.keys(doc.paths['/journeys/{id}/publish'].post.responses)).toContain('422');
    expect(Object.keys(doc.paths['/journeys/{id}'].delete.responses)).toContain('409');
    expect(Object.keys(doc.paths['/journeys'].post.responses)).toContain('201');
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        for (const [status, response] of Object.entries(op.responses)) {
          if (Number(status) >= 400) expect(JSON.stringify(response)).toMatch(/Error"/);
        }
      }
    }
  });

  it('names every route the mock backend answers', () => {
    const mocked = handlers
      .map((h) => h.info as { method?: unknown; path?: unknown })
      .filter((info) => typeof info.path === 'string' && info.method !== 'all' && String(info.path) !== '*/api/*')
      .map((info) => `${String(info.method)} ${String(info.path).replace('*/api', '').replace(/:(\w+)/g, '{$1}')}`);
    expect(mocked.sort()).toEqual([...specRoutes].sort());
  });

  it('is up to date in the repository (npm run openapi)', () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../../../openapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
