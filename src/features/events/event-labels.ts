import type { EventFormat } from '../../domain/catalog';
import type { ActivityRecord } from '../../api/list-event-activity';

export const formatLabels: Record<EventFormat, string> = {
  'in-person': 'In person',
  'teams-webinar': 'Teams webinar',
  'teams-meeting': 'Teams meeting',
  'teams-live': 'Teams live event',
  on24: 'ON24 webinar',
  zoom: 'Zoom meeting',
};

const typeLabels: Record<string, string> = {
  'registration.created': 'Registered',
  'registration.cancelled': 'Cancelled registration',
  'join.clicked': 'Clicked “Join”',
  'checkin.created': 'Checked in',
  'email.opened': 'Opened email',
  'email.clicked': 'Clicked email link',
  'contact.created': 'Contact created',
  'contact.updated': 'Contact updated',
  'lead.created': 'Lead created',
  'incident.created': 'Incident created',
  'opportunity.created': 'Opportunity created',
  'form.submitted': 'Form submitted',
  'record.changed': 'Record changed',
  custom: 'Custom signal',
};

export function activityTypeLabel(type: string): string {
  return typeLabels[type] ?? type;
}

/** "Ada Lovelace · ada@example.com", or whatever identifies the contact. */
export function contactLabel(contact: ActivityRecord['contact']): string {
  const c = contact as Record<string, unknown>;
  const name = [c.firstName, c.lastName].filter((v) => typeof v === 'string' && v).join(' ');
  const email = typeof c.email === 'string' ? c.email : '';
  const id = typeof c.id === 'string' ? c.id : '';
  return [name, email].filter(Boolean).join(' · ') || id || 'Unknown contact';
}

/** The extra facts of a record worth a glance: session, link source, email tile, trigger name. */
export function activityDetail(record: ActivityRecord): string {
  const parts: string[] = [];
  if (record.sessionId) parts.push(`session ${record.sessionId}`);
  if (record.source === 'forwarded') parts.push('forwarded link (no check-in)');
  else if (record.source === 'personalized') parts.push('own link');
  if (record.tile) parts.push(`email tile ${record.tile}`);
  if (record.name) parts.push(record.name);
  if (record.table) parts.push(`${record.table} ${record.action ?? ''}`.trim());
  return parts.join(' · ');
}
