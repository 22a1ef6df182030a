import { builtInTrigger } from '../domain/catalog';
import type { Condition, EventRelativeTime, Tile } from '../domain/journey-schema';
import { parseDuration, type Duration } from '../domain/time';

// One line per tile, in the words a marketer uses ("Wait 1 day", "Registration created ·
// evt-launch"). Pure, so the canvas can compute it once per tile change.

export type TriggerNames = ReadonlyMap<string, string>;

const units: [keyof Duration, string][] = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
];

export function describeDuration(text: string | undefined): string | null {
  if (!text) return null;
  const d = parseDuration(text);
  if (!d) return null;
  const parts = units
    .filter(([key]) => (d[key] as number) !== 0)
    .map(([key, word]) => `${d[key]} ${word}${d[key] === 1 ? '' : 's'}`);
  return parts.length === 0 ? '0 minutes' : parts.join(' ');
}

export function triggerName(id: string, names?: TriggerNames): string {
  const name = names?.get(id) ?? builtInTrigger(id)?.name ?? id;
  // "Event registration created" reads as "Registration created" on a small tile.
  return name.replace(/^Event (\w)/, (_m, c: string) => c.toUpperCase());
}

function eventName(event: string) {
  return event === 'trigger' ? 'the event' : event;
}

export function describeEventTime(t: EventRelativeTime): string {
  const anchor = t.anchor === 'start' ? 'starts' : 'ends';
  const d = t.offset ? parseDuration(t.offset) : null;
  const amount = t.offset ? describeDuration(t.offset.replace(/^-/, '')) : null;
  if (!d || !amount || amount === '0 minutes') return `${eventName(t.event)} ${anchor}`;
  return `${amount} ${d.negative ? 'before' : 'after'} ${eventName(t.event)} ${anchor}`;
}

// The events a `where` pins trigger.eventId / event.eventId to, for the tile's subtitle.
function pinnedEvents(where: Condition | undefined): string[] {
  if (!where) return [];
  const list = 'all' in where ? where.all : [where];
  for (const c of list) {
    if ('attr' in c && (c.attr === 'trigger.eventId' || c.attr === 'event.eventId')) {
      if (c.op === 'eq' && typeof c.value === 'string') return [c.value];
      if (c.op === 'in') return c.value.filter((v): v is string => typeof v === 'string');
    }
  }
  return [];
}

function withEvents(text: string, where: Condition | undefined) {
  const events = pinnedEvents(where);
  return events.length > 0 ? `${text} · ${events.join(', ')}` : where ? `${text} · filtered` : text;
}

export function summarizeTile(tile: Tile, names?: TriggerNames): string {
  switch (tile.kind) {
    case 'trigger':
      return withEvents(triggerName(tile.trigger, names), tile.where);
    case 'email': {
      if (!tile.template) return 'No template chosen yet';
      const join = tile.event ? ` · Join ${eventName(tile.event)}` : '';
      return `${tile.subject ? `“${tile.subject}”` : tile.template}${join}`;
    }
    case 'wait':
      if (tile.mode === 'duration') return `Wait ${describeDuration(tile.duration) ?? `“${tile.duration}”`}`;
      if (tile.mode === 'until') {
        if ('at' in tile.until) return `Until ${tile.until.at.replace('T', ' ')}`;
        return `Until ${describeEventTime(tile.until)}`;
      }
      {
        const what = withEvents(`Wait for ${triggerName(tile.trigger, names)}`, tile.where);
        if (!tile.timeout) return `${what}, no timeout`;
        if (typeof tile.timeout === 'string') return `${what}, up to ${describeDuration(tile.timeout) ?? tile.timeout}`;
        return `${what}, until ${describeEventTime(tile.timeout)}`;
      }
    case 'condition':
      return `${tile.branches.length} branch${tile.branches.length === 1 ? '' : 'es'}`;
    case 'exit':
      return 'Contacts leave the journey';
  }
}
