import type { Catalog, CatalogEvent } from '../../domain/catalog';
import { createPrng } from './prng';

// Dates are fixed so the daylight-saving properties hold for every seed: the US changes on
// 8 March 2026, the UK and the EU on 29 March, Sydney on 5 April. Events created in January and
// starting after those dates are the ones the platform's 120-minute check can misjudge.
interface EventPlan {
  id: string;
  names: readonly string[];
  format: CatalogEvent['format'];
  timeZone: string;
  createdAt: string;
  day: string;
  startHour: number;
  minutes: number;
  sessionDays?: readonly string[];
}

const plans: readonly EventPlan[] = [
  { id: 'evt-summit', names: ['Customer summit', 'Partner day'], format: 'in-person', timeZone: 'America/New_York',
    createdAt: '2026-01-12T09:00:00-05:00', day: '2026-03-24', startHour: 9, minutes: 480 },
  { id: 'evt-academy', names: ['Onboarding academy', 'Admin training series'], format: 'on24', timeZone: 'America/Sao_Paulo',
    createdAt: '2026-01-15T10:00:00-03:00', day: '2026-03-25', startHour: 10, minutes: 60,
    sessionDays: ['2026-03-25', '2026-03-27'] },
  { id: 'evt-briefing', names: ['Partner briefing', 'Roadmap briefing'], format: 'zoom', timeZone: 'Asia/Kolkata',
    createdAt: '2026-01-20T12:00:00+05:30', day: '2026-03-26', startHour: 17, minutes: 90 },
  { id: 'evt-roundtable', names: ['CIO roundtable', 'Security roundtable'], format: 'teams-meeting', timeZone: 'Europe/London',
    createdAt: '2026-01-21T11:00:00Z', day: '2026-03-31', startHour: 14, minutes: 60 },
  { id: 'evt-launch', names: ['Launch webinar', 'Product webinar'], format: 'teams-webinar', timeZone: 'Europe/Paris',
    createdAt: '2026-01-20T10:00:00+01:00', day: '2026-04-02', startHour: 18, minutes: 90 },
  { id: 'evt-keynote', names: ['Keynote live', 'Town hall live'], format: 'teams-live', timeZone: 'Australia/Sydney',
    createdAt: '2026-01-25T09:00:00+11:00', day: '2026-04-07', startHour: 19, minutes: 90 },
];

function local(day: string, minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * A catalog with an event of every format in several time zones: one with two sessions
 * (evt-academy) and several whose creation and start fall on both sides of a daylight-saving
 * change (evt-launch in Paris, evt-roundtable in London, evt-keynote in Sydney, evt-summit in
 * New York). The seed picks names and moves start times by up to an hour, never the dates.
 */
export function generateCatalog(seed: number): Catalog {
  const prng = createPrng(seed);
  const events: CatalogEvent[] = plans.map((plan) => {
    const start = plan.startHour * 60 + prng.pick([-60, -30, 0, 0, 30, 60]);
    const name = prng.pick(plan.names);
    if (plan.sessionDays) {
      const sessions = plan.sessionDays.map((day, i) => ({
        id: `s${i + 1}`,
        name: `${name}, part ${i + 1}`,
        start: local(day, start),
        end: local(day, start + plan.minutes),
      }));
      return {
        id: plan.id, name, format: plan.format, timeZone: plan.timeZone, createdAt: plan.createdAt,
        start: sessions[0].start, end: sessions[sessions.length - 1].end, sessions,
      };
    }
    return {
      id: plan.id, name, format: plan.format, timeZone: plan.timeZone, createdAt: plan.createdAt,
      start: local(plan.day, start), end: local(plan.day, start + plan.minutes),
    };
  });
  return { events };
}
