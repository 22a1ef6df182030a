import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import {
  builtInTriggers,
  catalogSchema,
  checkinAppearsAt,
  isBuiltInTrigger,
  isInteractionTrigger,
  isOnlineFormat,
  isTeamsOrOn24,
  triggerDefinitionSchema,
  triggerStatus,
} from './catalog';
import { formatInstant, localToEpoch } from './time';

describe('trigger catalog', () => {
  it('lists every built-in trigger of the spec with its family', () => {
    expect(builtInTriggers.map((t) => t.id)).toEqual([
      'contact.created', 'contact.emailUpdated', 'contact.addressUpdated', 'contact.phoneUpdated', 'lead.created',
      'incident.created', 'opportunity.created', 'registration.created', 'registration.cancelled', 'checkin.created',
      'form.submitted', 'email.opened', 'email.clicked',
    ]);
    expect(isInteractionTrigger('email.opened')).toBe(true);
    expect(isInteractionTrigger('email.clicked')).toBe(true);
    expect(isInteractionTrigger('registration.created')).toBe(false);
    expect(isInteractionTrigger('custom.whitepaper')).toBe(false);
    expect(isBuiltInTrigger('custom.whitepaper')).toBe(false);
  });
  it('event triggers carry eventId and sessionId, email interactions carry the tile', () => {
    const attrs = (id: string) => builtInTriggers.find((t) => t.id === id)!.attributes.map((a) => a.name);
    expect(attrs('registration.created')).toEqual(['eventId', 'sessionId']);
    expect(attrs('checkin.created')).toEqual(['eventId', 'sessionId']);
    expect(attrs('email.opened')).toEqual(['tile']);
  });
  it('parses custom and record-change definitions and knows their status', () => {
    const custom = triggerDefinitionSchema.parse({ id: 'custom.whitepaper', kind: 'custom', name: 'White paper downloaded', status: 'ready', attributes: [{ name: 'paperId', type: 'string' }] });
    const record = triggerDefinitionSchema.parse({ id: 'record.incident-status', kind: 'record-change', name: 'Incident status updated', status: 'draft', table: 'incident', audience: 'customerId', action: 'updated', columns: ['statusCode'] });
    expect(triggerStatus('custom.whitepaper', [custom, record])).toBe('ready');
    expect(triggerStatus('record.incident-status', [custom, record])).toBe('draft');
    expect(triggerStatus('custom.other', [custom, record])).toBe('unknown');
    expect(triggerStatus('lead.created', undefined)).toBe('ready');
    expect(triggerDefinitionSchema.safeParse({ ...record, action: 'deleted' }).success).toBe(false);
  });
});

describe('event catalog', () => {
  it('accepts the catalogs of every scenario', () => {
    const dir = '/work/shared/scenarios';
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const r = catalogSchema.safeParse(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).catalog);
      expect(r.success, f).toBe(true);
    }
  });
  it('rejects an event whose time zone is unknown, naming its path', () => {
    const r = catalogSchema.safeParse({ events: [{ id: 'e', name: 'E', format: 'zoom', timeZone: 'Mars/Base', createdAt: '2026-01-01T00:00:00Z', start: '2026-02-01T10:00', end: '2026-02-01T11:00' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['events', 0, 'timeZone']);
  });
  it('classifies formats', () => {
    expect(isOnlineFormat('in-person')).toBe(false);
    expect(isOnlineFormat('zoom')).toBe(true);
    expect(isTeamsOrOn24('on24')).toBe(true);
    expect(isTeamsOrOn24('zoom')).toBe(false);
  });
  it('times check-ins: Teams and ON24 end + 4 h, Zoom next whole UTC hour, in-person none', () => {
    const end = localToEpoch('2026-04-15T18:30', 'Asia/Kolkata')!; // 13:00Z
    expect(formatInstant(checkinAppearsAt('zoom', end, 'Asia/Kolkata')!)).toBe('2026-04-15T14:00:00.000Z');
    expect(formatInstant(checkinAppearsAt('teams-webinar', end, 'Asia/Kolkata')!)).toBe('2026-04-15T17:00:00.000Z');
    expect(checkinAppearsAt('in-person', end, 'Asia/Kolkata')).toBeNull();
  });
});
