import { describe, expect, it } from 'vitest';
import { createJourney } from '../../src/api/create-journey';
import { deleteJourney } from '../../src/api/delete-journey';
import { getJourney } from '../../src/api/get-journey';
import { listJourneys } from '../../src/api/list-journeys';
import { conflictCurrent, saveJourney } from '../../src/api/save-journey';
import { stopJourney } from '../../src/api/stop-journey';
import { validationFindings } from '../../src/api/publish-journey';
import { setupMockServer } from '../use-mock-server';
import { rejection } from './api-rejection';

setupMockServer();

describe('GET /journeys', () => {
  it('lists the three sample journeys, most recently changed first', async () => {
    const page = await listJourneys({});
    expect(page.items.map((j) => j.id)).toEqual(['whitepaper-nurture', 'partner-roundtable-invite', 'launch-webinar-follow-up']);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by status and by a case-insensitive search on the name', async () => {
    expect((await listJourneys({ status: 'live' })).items.map((j) => j.id)).toEqual(['launch-webinar-follow-up']);
    expect((await listJourneys({ search: 'ROUNDTABLE' })).items.map((j) => j.id)).toEqual(['partner-roundtable-invite']);
    expect((await listJourneys({ search: 'webinar', status: 'draft' })).items).toEqual([]);
  });

  it('pages 20 at a time with a cursor until nextCursor is null', async () => {
    for (let i = 0; i < 25; i += 1) await createJourney({ name: `Bulk ${i}`, timeZone: 'UTC' });
    const first = await listJourneys({});
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listJourneys({ cursor: first.nextCursor! });
    expect(second.items).toHaveLength(8);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((j) => j.id);
    expect(new Set(ids).size).toBe(28);
  });

  it('answers 400 for an unknown status or a cursor it never handed out', async () => {
    const badStatus = await fetch('http://localhost/api/journeys?status=archived');
    expect(badStatus.status).toBe(400);
    expect(await badStatus.json()).toMatchObject({ error: { code: 'invalid-query' } });
    expect((await rejection(listJourneys({ cursor: 'nonsense' }))).code).toBe('invalid-cursor');
  });
});

describe('POST /journeys', () => {
  it('creates an empty draft from a name and a time zone: 201, Location, version 1', async () => {
    const response = await fetch('http://localhost/api/journeys', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Spring Newsletter!', timeZone: 'Europe/Paris' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('Location')).toBe('/api/journeys/spring-newsletter');
    expect(response.headers.get('ETag')).toBe('"1"');
    const body = await response.json();
    expect(body).toMatchObject({ status: 'draft', version: 1, journey: { id: 'spring-newsletter', tiles: [], edges: [] } });
  });

  it('imports a whole document and gives it a free id when its own is taken', async () => {
    const existing = await getJourney('launch-webinar-follow-up');
    const imported = await createJourney(existing.journey);
    expect(imported.journey.id).toBe('launch-webinar-follow-up-2');
    expect(imported.status).toBe('draft');
    expect(imported.journey.tiles).toEqual(existing.journey.tiles);
  });

  it('refuses an invalid document with 422 and the schema findings, creating nothing', async () => {
    const error = await rejection(
      createJourney({ schemaVersion: 1, id: 'x', name: 'X', timeZone: 'UTC', tiles: [], edges: [], colour: 'red' } as never),
    );
    expect(error.status).toBe(422);
    expect(validationFindings(error)?.[0]).toMatchObject({ code: 'schema', severity: 'error' });
    expect((await listJourneys({})).items).toHaveLength(3);
  });

  it('refuses an unknown time zone with 422 timezone-invalid, and a malformed body with 400', async () => {
    const zone = await rejection(createJourney({ name: 'A', timeZone: 'Mars/Olympus' }));
    expect(zone.status).toBe(422);
    expect(validationFindings(zone)?.map((f) => f.code)).toEqual(['timezone-invalid']);
    const noName = await rejection(createJourney({ name: '', timeZone: 'UTC' }));
    expect(noName.status).toBe(400);
    const notJson = await fetch('http://localhost/api/journeys', { method: 'POST', body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: 'malformed-body' } });
  });
});

describe('GET /journeys/:id', () => {
  it('answers the resource with ETag "<version>"', async () => {
    const response = await fetch('http://localhost/api/journeys/launch-webinar-follow-up');
    expect(response.headers.get('ETag')).toBe('"3"');
    expect(await response.json()).toMatchObject({ status: 'live', version: 3 });
  });

  it('answers 404 with the error shape for an unknown id', async () => {
    const error = await rejection(getJourney('nope'));
    expect(error).toMatchObject({ status: 404, code: 'not-found' });
  });
});

describe('PUT /journeys/:id', () => {
  it('saves with a matching If-Match: version + 1', async () => {
    const current = await getJourney('partner-roundtable-invite');
    const saved = await saveJourney('partner-roundtable-invite', {
      journey: { ...current.journey, name: 'Roundtable v2' },
      version: current.version,
    });
    expect(saved.version).toBe(current.version + 1);
    expect((await getJourney('partner-roundtable-invite')).journey.name).toBe('Roundtable v2');
  });

  it('answers 409 with the current resource when the If-Match is stale', async () => {
    const current = await getJourney('partner-roundtable-invite');
    await saveJourney('partner-roundtable-invite', { journey: { ...current.journey, name: 'Theirs' }, version: current.version });
    const error = await rejection(
      saveJourney('partner-roundtable-invite', { journey: { ...current.journey, name: 'Mine' }, version: current.version }),
    );
    expect(error.status).toBe(409);
    expect(conflictCurrent(error)).toMatchObject({ version: current.version + 1, journey: { name: 'Theirs' } });
  });

  it('answers 428 without If-Match and 422 with findings for a document that does not match the schema', async () => {
    const noHeader = await fetch('http://localhost/api/journeys/whitepaper-nurture', { method: 'PUT', body: '{}' });
    expect(noHeader.status).toBe(428);
    const current = await getJourney('whitepaper-nurture');
    const error = await rejection(
      saveJourney('whitepaper-nurture', { journey: { ...current.journey, timeZone: 42 } as never, version: current.version }),
    );
    expect(error.status).toBe(422);
    expect(validationFindings(error)?.[0]).toMatchObject({ code: 'schema', path: 'timeZone' });
  });

  it('saves a draft with validation errors (drafts may be unfinished) but refuses errors on a live journey', async () => {
    const draft = await getJourney('whitepaper-nurture');
    await expect(saveJourney('whitepaper-nurture', { journey: draft.journey, version: draft.version })).resolves.toMatchObject({
      version: draft.version + 1,
    });
    const live = await getJourney('launch-webinar-follow-up');
    const broken = { ...live.journey, edges: live.journey.edges.slice(1) };
    const error = await rejection(saveJourney('launch-webinar-follow-up', { journey: broken, version: live.version }));
    expect(error.status).toBe(422);
    expect(validationFindings(error)?.map((f) => f.code)).toContain('unreachable');
  });

  it('refuses a document whose id is not the one in the URL', async () => {
    const current = await getJourney('whitepaper-nurture');
    const error = await rejection(
      saveJourney('whitepaper-nurture', { journey: { ...current.journey, id: 'other' }, version: current.version }),
    );
    expect(error).toMatchObject({ status: 400, code: 'id-mismatch' });
  });
});

describe('DELETE /journeys/:id', () => {
  it('refuses to delete a live journey (409) and deletes it once stopped (204)', async () => {
    const refused = await rejection(deleteJourney('launch-webinar-follow-up'));
    expect(refused).toMatchObject({ status: 409, code: 'journey-live' });
    await stopJourney('launch-webinar-follow-up');
    await expect(deleteJourney('launch-webinar-follow-up')).resolves.toBeUndefined();
    expect((await rejection(getJourney('launch-webinar-follow-up'))).status).toBe(404);
  });

  it('answers 404 for an unknown journey', async () => {
    expect((await rejection(deleteJourney('ghost'))).status).toBe(404);
  });
});
