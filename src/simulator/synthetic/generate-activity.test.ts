import { describe, expect, it } from 'vitest';
import { localToEpoch } from '../../domain/time';
import { eventRecordSchema, type EventRecord } from '../inputs';
import { defaultRates } from './activity-options';
import { generateActivity, generateNdjson } from './generate-activity';
import { generateCatalog } from './generate-catalog';

const MINUTE = 60_000;

describe('generateActivity', () => {
  it('gives the same records for the same seed and different ones for another seed', () => {
    const a = [...generateNdjson({ seed: 11, contacts: 300 })].join('');
    const b = [...generateNdjson({ seed: 11, contacts: 300 })].join('');
    const c = [...generateNdjson({ seed: 12, contacts: 300 })].join('');
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('streams as NDJSON exactly the records it returns, in whole lines', () => {
    const records = generateActivity({ seed: 3, contacts: 1500 });
    const chunks = [...generateNdjson({ seed: 3, contacts: 1500 })];
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    const lines = chunks.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(records.map((r) => JSON.stringify(r)));
  });

  it('makes exactly the number of records asked for', () => {
    for (const records of [1, 17, 5000]) {
      expect(generateActivity({ seed: 5, records })).toHaveLength(records);
    }
  });

  it('makes records that all parse with the simulator record schema', () => {
    const records = generateActivity({ seed: 21, contacts: 2000 });
    const failures = records.map((r) => eventRecordSchema.safeParse(r)).filter((r) => !r.success);
    expect(failures).toEqual([]);
  });

  it('lays the log out roughly in time order: no record is more than ten days behind an earlier line', () => {
    const records = generateActivity({ seed: 4, contacts: 2000 });
    let latest = -Infinity;
    let worstLag = 0;
    let backwards = 0;
    for (const r of records) {
      const at = Date.parse(r.at);
      if (at < latest) backwards += 1;
      worstLag = Math.max(worstLag, latest - at);
      latest = Math.max(latest, at);
    }
    expect(worstLag).toBeLessThan(10 * 86_400_000);
    expect(backwards).toBeGreaterThan(0);
  });
});

describe('generateActivity shares', () => {
  const catalog = generateCatalog(9);
  const records = generateActivity({ seed: 9, contacts: 12_000, catalog });
  const events = new Map(catalog.events.map((e) => [e.id, e]));
  const byName = new Map<string, string>();
  const norm = (s: string | undefined): string => (s ?? '').trim().toLowerCase();
  for (const r of records) {
    if (r.type === 'registration.created' && r.contact.email) byName.set(`${norm(r.contact.firstName)}|${norm(r.contact.lastName)}`, r.contact.email.toLowerCase());
  }
  const who = (r: EventRecord): string | undefined =>
    r.contact.email?.toLowerCase() ?? byName.get(`${norm(r.contact.firstName)}|${norm(r.contact.lastName)}`);
  const registrations = new Map<string, { count: number; cancelled: boolean; session?: string; clicks: EventRecord[] }>();
  for (const r of records) {
    const key = `${who(r)}|${r.eventId}`;
    if (r.type === 'registration.created') {
      const reg = registrations.get(key);
      if (reg) reg.count += 1;
      else registrations.set(key, { count: 1, cancelled: false, session: r.sessionId, clicks: [] });
    }
  }
  for (const r of records) {
    const reg = registrations.get(`${who(r)}|${r.eventId}`);
    if (r.type === 'registration.cancelled' && reg) reg.cancelled = true;
    if (r.type === 'join.clicked' && r.source === 'personalized' && reg) reg.clicks.push(r);
  }
  const all = [...registrations.values()];
  const kept = all.filter((r) => !r.cancelled);
  const contacts = new Set(all.length ? [...registrations.keys()].map((k) => k.split('|')[0]) : []);
  const near = (actual: number, wanted: number, tolerance = 0.012) => expect(Math.abs(actual - wanted)).toBeLessThan(tolerance);

  function windowOf(eventId: string, session: string | undefined): { start: number; end: number } {
    const event = events.get(eventId)!;
    const span = event.sessions?.find((s) => s.id === session) ?? event;
    return { start: localToEpoch(span.start, event.timeZone)!, end: localToEpoch(span.end, event.timeZone)! };
  }

  it('repeats, cancels and doubles registrations at the requested rates', () => {
    near(all.filter((r) => r.count > 1).length / all.length, defaultRates.duplicate);
    near(all.filter((r) => r.cancelled).length / all.length, defaultRates.cancellation);
    near(all.length / contacts.size - 1, defaultRates.secondEvent, 0.015);
  });

  it('times join clicks by the platform rules: no-shows, too-early and after-end clicks at their rates', () => {
    let noShows = 0;
    let tooEarly = 0;
    let afterEnd = 0;
    for (const [key, reg] of registrations) {
      if (reg.cancelled) continue;
      const w = windowOf(key.split('|')[1], reg.session);
      const at = reg.clicks.map((c) => Date.parse(c.at));
      if (!at.some((t) => t >= w.start - 120 * MINUTE && t <= w.end)) noShows += 1;
      if (at.some((t) => t < w.start - 120 * MINUTE)) tooEarly += 1;
      if (at.some((t) => t > w.end)) afterEnd += 1;
    }
    near(noShows / kept.length, defaultRates.noShow, 0.02);
    near(tooEarly / kept.length, defaultRates.tooEarly);
    near(afterEnd / kept.length, defaultRates.afterEnd);
  });

  it('forwards join links to people outside the contact base at the requested rate', () => {
    const forwarded = records.filter((r) => r.type === 'join.clicked' && r.source === 'forwarded');
    near(forwarded.length / kept.length, defaultRates.forwarded);
    expect(forwarded.every((r) => who(r) === undefined || !contacts.has(who(r)!))).toBe(true);
  });

  it('names Zoom participants with case and space variants that still match the contact by name', () => {
    const zoomIds = new Set(catalog.events.filter((e) => e.format === 'zoom').map((e) => e.id));
    const zoomClicks = records.filter((r) => r.type === 'join.clicked' && r.source === 'personalized' && zoomIds.has(r.eventId!));
    expect(zoomClicks.length).toBeGreaterThan(100);
    expect(zoomClicks.every((r) => r.contact.email === undefined && who(r) !== undefined)).toBe(true);
    const registered = new Map<string, EventRecord>();
    for (const x of records) if (x.type === 'registration.created' && x.contact.email) registered.set(x.contact.email, x);
    const variants = zoomClicks.filter((r) => {
      const reg = registered.get(who(r)!)!;
      return r.contact.firstName !== reg.contact.firstName || r.contact.lastName !== reg.contact.lastName;
    });
    near(variants.length / zoomClicks.length, defaultRates.zoomNameVariant, 0.06);
  });

  it('withholds consent and produces email interactions at the requested rates', () => {
    const firsts = new Map<string, EventRecord>();
    for (const r of records) if (r.type === 'registration.created' && !firsts.has(who(r)!)) firsts.set(who(r)!, r);
    const noConsent = [...firsts.values()].filter((r) => r.contact.consent === false).length;
    near(noConsent / firsts.size, defaultRates.consentFalse);
    const confirmOpeners = new Set(records.filter((r) => r.type === 'email.opened' && r.tile === 'confirm').map(who));
    // One confirmation per registration; a contact registered twice has two chances to open.
    const openShare = confirmOpeners.size / contacts.size;
    expect(openShare).toBeGreaterThan(defaultRates.emailOpen - 0.02);
    expect(openShare).toBeLessThan(1 - (1 - defaultRates.emailOpen) ** 2);
    const clicks = records.filter((r) => r.type === 'email.clicked').length;
    const opensFirst = records.filter((r) => r.type === 'email.opened').length / (1 + defaultRates.reopen);
    near(clicks / opensFirst, defaultRates.emailClick, 0.02);
  });
});
