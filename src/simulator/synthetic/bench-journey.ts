import type { Journey } from '../../domain/journey-schema';

/**
 * The 12-tile attendance journey used by the benchmark and the worker tests: registration →
 * confirmation → wait until one day before the registered event → reminder (a Join email) → wait
 * for the check-in until 6 hours after the event's end → attended / still registered / gone →
 * thanks, a follow-up that depends on whether the thanks was opened, or the replay.
 * Entry is limited to `eventIds` (default: the events of `generateCatalog`).
 */
export function benchJourney(
  eventIds: readonly string[] = ['evt-summit', 'evt-academy', 'evt-briefing', 'evt-roundtable', 'evt-launch', 'evt-keynote'],
): Journey {
  return {
    schemaVersion: 1,
    id: 'bench-attendance',
    name: 'Event attendance follow-up (benchmark)',
    timeZone: 'Europe/Paris',
    reentry: { mode: 'afterExit', cooldown: 'P1D' },
    exitWhen: [{ trigger: 'registration.cancelled' }],
    goal: { tile: 'thanks', target: 0.4 },
    tiles: [
      { id: 'entry', kind: 'trigger', trigger: 'registration.created',
        where: { attr: 'trigger.eventId', op: 'in', value: [...eventIds] } },
      { id: 'confirm', kind: 'email', template: 'tpl-confirm', subject: 'You are registered, {{contact.firstName}}' },
      { id: 'wait-day-before', kind: 'wait', mode: 'until', until: { event: 'trigger', anchor: 'start', offset: '-P1D' } },
      { id: 'reminder', kind: 'email', template: 'tpl-reminder', subject: 'See you tomorrow', event: 'trigger' },
      { id: 'await-checkin', kind: 'wait', mode: 'trigger', trigger: 'checkin.created',
        timeout: { event: 'trigger', anchor: 'end', offset: 'PT6H' } },
      { id: 'attended', kind: 'condition', branches: [
        { id: 'checked-in', label: 'Checked in', when: { fact: 'checkedIn', event: 'trigger' } },
        { id: 'registered', label: 'Still registered', when: { fact: 'registered', event: 'trigger' } },
      ] },
      { id: 'thanks', kind: 'email', template: 'tpl-thanks', subject: 'Thanks for joining us' },
      { id: 'wait-follow-up', kind: 'wait', mode: 'duration', duration: 'P2D' },
      { id: 'engaged', kind: 'condition', branches: [
        { id: 'opened', label: 'Opened the thanks', when: { fact: 'emailOpened', tile: 'thanks' } },
      ] },
      { id: 'survey', kind: 'email', template: 'tpl-survey', subject: 'Two questions about the event' },
      { id: 'replay', kind: 'email', template: 'tpl-replay', subject: 'The replay is online' },
      { id: 'gone', kind: 'exit' },
    ],
    edges: [
      { id: 'e1', from: 'entry', port: 'next', to: 'confirm' },
      { id: 'e2', from: 'confirm', port: 'next', to: 'wait-day-before' },
      { id: 'e3', from: 'wait-day-before', port: 'next', to: 'reminder' },
      { id: 'e4', from: 'reminder', port: 'next', to: 'await-checkin' },
      { id: 'e5', from: 'await-checkin', port: 'triggered', to: 'attended' },
      { id: 'e6', from: 'await-checkin', port: 'timeout', to: 'attended' },
      { id: 'e7', from: 'attended', port: 'checked-in', to: 'thanks' },
      { id: 'e8', from: 'attended', port: 'registered', to: 'replay' },
      { id: 'e9', from: 'attended', port: 'otherwise', to: 'gone' },
      { id: 'e10', from: 'thanks', port: 'next', to: 'wait-follow-up' },
      { id: 'e11', from: 'wait-follow-up', port: 'next', to: 'engaged' },
      { id: 'e12', from: 'engaged', port: 'opened', to: 'survey' },
      { id: 'e13', from: 'engaged', port: 'otherwise', to: 'replay' },
    ],
  };
}
