import { http, HttpResponse } from 'msw';
import { eventAdminSettingsSchema } from '../../src/api/get-event-admin-settings';
import { saveDb } from '../db/db';
import { takeConflict } from '../scenarios';
import { activeDb, apiRoute, errorResponse, parseBody, readJson } from './http-utils';

export const settingsHandlers = [
  http.get(apiRoute('/settings/event-admin'), () => HttpResponse.json(activeDb().settings)),

  http.put(apiRoute('/settings/event-admin'), async ({ request }) => {
    const db = activeDb();
    if (takeConflict()) {
      return errorResponse(409, 'conflict', 'Someone else changed these settings just now. Review theirs, then save again.', {
        current: db.settings,
      });
    }
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const parsed = parseBody(eventAdminSettingsSchema, body.value, 'settings');
    if (!parsed.ok) return parsed.response;
    db.settings = parsed.value;
    saveDb();
    return HttpResponse.json(db.settings);
  }),
];
