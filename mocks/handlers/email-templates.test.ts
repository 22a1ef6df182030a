import { describe, expect, it } from 'vitest';
import { getEmailTemplate } from '../../src/api/get-email-template';
import { listEmailTemplates } from '../../src/api/list-email-templates';
import { setupMockServer } from '../use-mock-server';
import { rejection } from './api-rejection';

setupMockServer();

describe('email templates', () => {
  it('lists templates with their HTML, among them a Join email, and reads one', async () => {
    const templates = await listEmailTemplates();
    expect(templates.some((t) => t.category === 'join')).toBe(true);
    const reminder = await getEmailTemplate('tpl-launch-reminder');
    expect(reminder.html).toContain('<html');
    expect((await rejection(getEmailTemplate('tpl-nope'))).status).toBe(404);
  });
});
