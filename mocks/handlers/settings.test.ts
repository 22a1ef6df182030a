import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/client';
import { getEventAdminSettings } from '../../src/api/get-event-admin-settings';
import { saveEventAdminSettings } from '../../src/api/save-event-admin-settings';
import { setScenario } from '../scenarios';
import { setupMockServer } from '../use-mock-server';

setupMockServer();

describe('event administration settings', () => {
  it('reads the defaults and saves a new matching strategy', async () => {
    expect(await getEventAdminSettings()).toEqual({ matching: 'email', checkinDelay: 'PT4H', defaultTimeZone: 'Europe/Paris' });
    const saved = await saveEventAdminSettings({ matching: 'emailAndName', checkinDelay: 'PT3H', defaultTimeZone: 'UTC' });
    expect(saved.matching).toBe('emailAndName');
    expect((await getEventAdminSettings()).checkinDelay).toBe('PT3H');
  });

  it('refuses a malformed body with 400 naming the field', async () => {
    const response = await fetch('http://localhost/api/settings/event-admin', {
      method: 'PUT',
      body: JSON.stringify({ matching: 'phone', checkinDelay: 'PT4H', defaultTimeZone: 'UTC' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'malformed-body', details: { issues: [{ path: 'matching' }] } } });
  });

  it('answers the next save with 409 and the current settings in the conflict scenario', async () => {
    setScenario('conflict', { remember: false });
    const error = await saveEventAdminSettings({ matching: 'name', checkinDelay: 'PT4H', defaultTimeZone: 'UTC' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, details: { current: { matching: 'email' } } });
  });
});
