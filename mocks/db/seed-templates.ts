import type { EmailTemplate } from '../../src/api/list-email-templates';

/** A plain, table-based email layout, as email clients need (no flexbox, inline styles). */
function layout(title: string, body: string, button?: { label: string; href: string }): string {
  const cta = button
    ? `<tr><td style="padding:8px 32px 24px"><a href="${button.href}" style="display:inline-block;background:#4f52b2;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 24px;border-radius:4px">${button.label}</a></td></tr>`
    : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1f2937">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 32px 8px;font-size:20px;font-weight:700">${title}</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:1.5">${body}</td></tr>
${cta}
<tr><td style="padding:16px 32px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb">Contoso Events · 1 Microsoft Way, Redmond, WA · <a href="{{unsubscribeUrl}}" style="color:#6b7280">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body>
</html>`;
}

const at = '2026-04-01T10:00:00.000Z';

export const seedTemplates: EmailTemplate[] = [
  {
    id: 'tpl-launch-confirmation',
    name: 'Launch webinar: registration confirmed',
    category: 'confirmation',
    subject: 'You are registered, {{contact.firstName}}',
    html: layout(
      'You are registered',
      '<p>Hello {{contact.firstName}},</p><p>Thank you for registering for <strong>{{event.name}}</strong> on {{event.start}}. We will send your personal join link the day before.</p>',
      { label: 'Add to calendar', href: '{{event.calendarUrl}}' },
    ),
    updatedAt: at,
  },
  {
    id: 'tpl-launch-reminder',
    name: 'Launch webinar: join tomorrow (Join email)',
    category: 'join',
    subject: 'Tomorrow: {{event.name}}: your join link',
    html: layout(
      'See you tomorrow',
      '<p>Hello {{contact.firstName}},</p><p><strong>{{event.name}}</strong> starts tomorrow at {{event.start}}. Use the button below: it is your own link, so please do not forward this email (a forwarded link does not record your attendance).</p>',
      { label: 'Join in Teams', href: '{{event.joinUrl}}' },
    ),
    updatedAt: at,
  },
  {
    id: 'tpl-launch-thanks',
    name: 'Launch webinar: thank you for attending',
    category: 'follow-up',
    subject: 'Thank you for joining us, {{contact.firstName}}',
    html: layout(
      'Thank you for joining',
      '<p>Hello {{contact.firstName}},</p><p>Thank you for attending <strong>{{event.name}}</strong>. The slides and the product sheet are waiting for you.</p>',
      { label: 'Download the slides', href: 'https://contoso.example/launch/slides' },
    ),
    updatedAt: at,
  },
  {
    id: 'tpl-launch-replay',
    name: 'Launch webinar: sorry we missed you',
    category: 'follow-up',
    subject: 'Sorry we missed you: watch the replay',
    html: layout(
      'Watch the replay',
      '<p>Hello {{contact.firstName}},</p><p>We missed you at <strong>{{event.name}}</strong>. The full recording is online for the next 30 days.</p>',
      { label: 'Watch the replay', href: 'https://contoso.example/launch/replay' },
    ),
    updatedAt: at,
  },
  {
    id: 'tpl-roundtable-join',
    name: 'Partner roundtable: your Zoom link (Join email)',
    category: 'join',
    subject: '{{contact.firstName}}, join the partner roundtable',
    html: layout(
      'Your Zoom link',
      '<p>Hello {{contact.firstName}},</p><p>The partner roundtable opens 10 minutes before the start. Join with the name you registered with so we can record your attendance.</p>',
      { label: 'Join on Zoom', href: '{{event.joinUrl}}' },
    ),
    updatedAt: at,
  },
  {
    id: 'tpl-roundtable-thanks',
    name: 'Partner roundtable: thank you',
    category: 'follow-up',
    subject: 'Thanks for joining the roundtable',
    html: layout('Thank you', '<p>Hello {{contact.firstName}},</p><p>Thank you for your ideas today. The notes follow next week.</p>'),
    updatedAt: at,
  },
  {
    id: 'tpl-summit-invitation',
    name: 'Customer summit: invitation',
    category: 'newsletter',
    subject: 'Meet us in Paris on 19 May',
    html: layout(
      'Customer summit Paris',
      '<p>Hello {{contact.firstName}},</p><p>A day of customer stories, product workshops and the roadmap, at the Palais des Congrès.</p>',
      { label: 'Register', href: 'https://contoso.example/summit' },
    ),
    updatedAt: at,
  },
  {
    id: 'tpl-whitepaper',
    name: 'White paper: your download',
    category: 'follow-up',
    subject: 'Your white paper: {{trigger.paperId}}',
    html: layout(
      'Your white paper',
      '<p>Hello {{contact.firstName}},</p><p>Here is the white paper you asked for.</p>',
      { label: 'Download', href: 'https://contoso.example/papers/{{trigger.paperId}}' },
    ),
    updatedAt: at,
  },
];
