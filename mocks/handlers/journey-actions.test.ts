import { describe, expect, it } from 'vitest';
import { duplicateJourney } from '../../src/api/duplicate-journey';
import { getJourney } from '../../src/api/get-journey';
import { getJourneyVersion } from '../../src/api/get-journey-version';
import { listJourneyVersions } from '../../src/api/list-journey-versions';
import { publishJourney, validationFindings } from '../../src/api/publish-journey';
import { saveJourney } from '../../src/api/save-journey';
import { stopJourney } from '../../src/api/stop-journey';
import { setupMockServer } from '../use-mock-server';
import { rejection } from './api-rejection';

setupMockServer();

describe('POST /journeys/:id/publish', () => {
  it('refuses a journey with errors: 422 with every finding, status unchanged', async () => {
    const error = await rejection(publishJourney('whitepaper-nurture'));
    expect(error).toMatchObject({ status: 422, code: 'journey-invalid' });
    const findings = validationFindings(error)!;
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    expect(findings.map((f) => f.code)).toContain('entry-interaction');
    expect((await getJourney('whitepaper-nurture')).status).toBe('draft');
  });

  it('publishes a journey with warnings only: warnings do not block', async () => {
    const published = await publishJourney('partner-roundtable-invite');
    expect(published.status).toBe('live');
    expect((await getJourney('partner-roundtable-invite')).status).toBe('live');
  });

  it('answers 404 for an unknown journey', async () => {
    expect((await rejection(publishJourney('ghost'))).status).toBe(404);
  });
});

describe('POST /journeys/:id/stop', () => {
  it('stops a live journey and refuses to stop one that is not live', async () => {
    expect((await stopJourney('launch-webinar-follow-up')).status).toBe('stopped');
    expect(await rejection(stopJourney('launch-webinar-follow-up'))).toMatchObject({ status: 409, code: 'journey-not-live' });
  });
});

describe('POST /journeys/:id/duplicate', () => {
  it('copies as a new draft with a free id, 201 and a Location', async () => {
    const response = await fetch('http://localhost/api/journeys/launch-webinar-follow-up/duplicate', { method: 'POST' });
    expect(response.status).toBe(201);
    expect(response.headers.get('Location')).toBe('/api/journeys/launch-webinar-follow-up-copy');
    const copy = await response.json();
    expect(copy).toMatchObject({ status: 'draft', version: 1, journey: { name: 'Launch webinar follow-up (copy)' } });
    const again = await duplicateJourney('launch-webinar-follow-up');
    expect(again.journey.id).toBe('launch-webinar-follow-up-copy-2');
  });
});

describe('versions', () => {
  it('keeps a version on every save, newest first, each readable', async () => {
    const before = await listJourneyVersions('partner-roundtable-invite');
    expect(before.items.map((v) => v.version)).toEqual([1]);
    const current = await getJourney('partner-roundtable-invite');
    await saveJourney('partner-roundtable-invite', { journey: { ...current.journey, name: 'Second' }, version: 1 });
    await saveJourney('partner-roundtable-invite', { journey: { ...current.journey, name: 'Third' }, version: 2 });
    const after = await listJourneyVersions('partner-roundtable-invite');
    expect(after.items.map((v) => v.version)).toEqual([3, 2, 1]);
    expect((await getJourneyVersion('partner-roundtable-invite', 2)).journey.name).toBe('Second');
    expect((await getJourneyVersion('partner-roundtable-invite', 1)).journey.name).toBe('Partner roundtable invitation');
  });

  it('answers 404 for a version that does not exist and 400 for one that is not a number', async () => {
    expect((await rejection(getJourneyVersion('launch-webinar-follow-up', 99))).status).toBe(404);
    const response = await fetch('http://localhost/api/journeys/launch-webinar-follow-up/versions/latest');
    expect(response.status).toBe(400);
  });
});
