import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/client';
import { getEmailTemplate } from '../../src/api/get-email-template';
import { listEmailTemplates } from '../../src/api/list-email-templates';
import { setupMockServer } from '../use-mock-server';

setupMockServer();

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('email templates', () => {
  it('lists templates with their HTML, among them a Join email, and reads one', async () => {
    const templates = await listEmailTemplates();
    expect(templates.some((t) => t.category === 'join')).toBe(true);
    const reminder = await getEmailTemplate('tpl-launch-reminder');
    expect(reminder.html).toContain('<html');
    expect((await rejection(getEmailTemplate('tpl-nope'))).status).toBe(404);
  });
});
