import type { Journey } from '../../src/domain/journey-schema';

/**
 * The launch webinar follow-up of the guide, valid and live: registration → confirmation → wait
 * until one day before → reminder with the Join link → wait for the check-in (timeout 6 h after
 * the end, past the Teams 4-hour delay) → thank-you or replay.
 */
export const launchWebinarJourney: Journey = {
  schemaVersion: 1,
  id: 'launch-webinar-follow-up',
  name: 'Launch webinar follow-up',
  description: 'Confirmation, Join reminder the day before, then thanks or replay depending on attendance.',
  timeZone: 'Europe/Paris',
  activeFrom: '2026-04-01T00:00:00+02:00',
  exitWhen: [{ trigger: 'registration.cancelled', where: { attr: 'event.eventId', op: 'eq', value: 'evt-launch' } }],
  goal: { tile: 'thanks', target: 0.4 },
  tiles: [
    {
      id: 'entry',
      kind: 'trigger',
      label: 'Registered for the launch webinar',
      trigger: 'registration.created',
      where: { attr: 'trigger.eventId', op: 'eq', value: 'evt-launch' },
      position: { x: 240, y: 0 },
    },
    {
      id: 'confirm',
      kind: 'email',
      label: 'Confirmation',
      template: 'tpl-launch-confirmation',
      subject: 'You are registered, {{contact.firstName}}',
      position: { x: 240, y: 140 },
    },
    {
      id: 'wait-day-before',
      kind: 'wait',
      label: 'Until 1 day before',
      mode: 'until',
      until: { event: 'trigger', anchor: 'start', offset: '-P1D' },
      position: { x: 240, y: 280 },
    },
    {
      id: 'reminder',
      kind: 'email',
      label: 'Reminder with Join link',
      template: 'tpl-launch-reminder',
      subject: 'Tomorrow: your join link',
      event: 'trigger',
      position: { x: 240, y: 420 },
    },
    {
      id: 'wait-checkin',
      kind: 'wait',
      label: 'Wait for check-in',
      mode: 'trigger',
      trigger: 'checkin.created',
      where: { attr: 'event.eventId', op: 'eq', value: 'evt-launch' },
      timeout: { event: 'trigger', anchor: 'end', offset: 'PT6H' },
      position: { x: 240, y: 560 },
    },
    {
      id: 'thanks',
      kind: 'email',
      label: 'Thank you',
      template: 'tpl-launch-thanks',
      subject: 'Thank you for joining us, {{contact.firstName}}',
      position: { x: 80, y: 720 },
    },
    {
      id: 'replay',
      kind: 'email',
      label: 'Replay',
      template: 'tpl-launch-replay',
      subject: 'Sorry we missed you: watch the replay',
      position: { x: 400, y: 720 },
    },
  ],
  edges: [
    { id: 'e1', from: 'entry', port: 'next', to: 'confirm' },
    { id: 'e2', from: 'confirm', port: 'next', to: 'wait-day-before' },
    { id: 'e3', from: 'wait-day-before', port: 'next', to: 'reminder' },
    { id: 'e4', from: 'reminder', port: 'next', to: 'wait-checkin' },
    { id: 'e5', from: 'wait-checkin', port: 'triggered', to: 'thanks' },
    { id: 'e6', from: 'wait-checkin', port: 'timeout', to: 'replay' },
  ],
};

/**
 * A draft that can be published but deserves a second look: a Join email to people not known to
 * be registered, a check-in wait that times out before Zoom's hourly sync, a timeout port that
 * ends the path.
 */
export const roundtableJourney: Journey = {
  schemaVersion: 1,
  id: 'partner-roundtable-invite',
  name: 'Partner roundtable invitation',
  description: 'Partners who fill in the programme form get the roundtable link.',
  timeZone: 'America/New_York',
  tiles: [
    { id: 'entry', kind: 'trigger', label: 'Partner form submitted', trigger: 'form.submitted', position: { x: 240, y: 0 } },
    {
      id: 'join-link',
      kind: 'email',
      label: 'Zoom join link',
      template: 'tpl-roundtable-join',
      subject: '{{contact.firstName}}, join the partner roundtable',
      event: 'evt-partner-roundtable',
      position: { x: 240, y: 140 },
    },
    {
      id: 'wait-attended',
      kind: 'wait',
      label: 'Attended?',
      mode: 'trigger',
      trigger: 'checkin.created',
      where: { attr: 'event.eventId', op: 'eq', value: 'evt-partner-roundtable' },
      timeout: { event: 'evt-partner-roundtable', anchor: 'end', offset: 'PT30M' },
      position: { x: 240, y: 280 },
    },
    {
      id: 'thanks',
      kind: 'email',
      label: 'Thanks',
      template: 'tpl-roundtable-thanks',
      subject: 'Thanks for joining the roundtable',
      position: { x: 80, y: 420 },
    },
  ],
  edges: [
    { id: 'e1', from: 'entry', port: 'next', to: 'join-link' },
    { id: 'e2', from: 'join-link', port: 'next', to: 'wait-attended' },
    { id: 'e3', from: 'wait-attended', port: 'triggered', to: 'thanks' },
  ],
};

/**
 * A draft with errors the designer must fix before publishing: an interaction trigger as the
 * entry, an email without template, a zero wait, a wait on a trigger still in draft, and a tile
 * nothing leads to.
 */
export const whitepaperJourney: Journey = {
  schemaVersion: 1,
  id: 'whitepaper-nurture',
  name: 'White paper nurture',
  description: 'Work in progress: follow up on white paper readers.',
  timeZone: 'Europe/London',
  tiles: [
    { id: 'entry', kind: 'trigger', label: 'Opened the newsletter', trigger: 'email.opened', position: { x: 240, y: 0 } },
    { id: 'send-paper', kind: 'email', label: 'Send the paper', subject: 'Your white paper', position: { x: 240, y: 140 } },
    { id: 'pause', kind: 'wait', label: 'Pause', mode: 'duration', duration: 'P0D', position: { x: 240, y: 280 } },
    {
      id: 'wait-feedback',
      kind: 'wait',
      label: 'Wait for feedback',
      mode: 'trigger',
      trigger: 'custom.webinar-feedback',
      timeout: 'P7D',
      position: { x: 240, y: 420 },
    },
    { id: 'orphan-exit', kind: 'exit', label: 'Leftover exit', position: { x: 520, y: 140 } },
  ],
  edges: [
    { id: 'e1', from: 'entry', port: 'next', to: 'send-paper' },
    { id: 'e2', from: 'send-paper', port: 'next', to: 'pause' },
    { id: 'e3', from: 'pause', port: 'next', to: 'wait-feedback' },
  ],
};
