import type { CatalogEvent, EventFormat } from './catalog';
import type { Tile } from './journey-schema';

/** Words for findings: how a marketer names tiles, events and formats. */

const kindNoun: Record<Tile['kind'], string> = {
  trigger: 'trigger',
  email: 'email',
  wait: 'wait',
  condition: 'condition',
  exit: 'exit',
};

/** "the wait 'Reminder delay'" (the label when there is one, else the id). */
export function tileName(tile: Tile): string {
  const name = tile.label && tile.label.trim() !== '' ? tile.label : tile.id;
  return `the ${kindNoun[tile.kind] ?? 'tile'} '${name}'`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const formatNames: Record<EventFormat, string> = {
  'in-person': 'in-person event',
  'teams-webinar': 'Teams webinar',
  'teams-meeting': 'Teams meeting',
  'teams-live': 'Teams live event',
  on24: 'ON24 webinar',
  zoom: 'Zoom meeting',
};

export function formatName(format: EventFormat): string {
  return formatNames[format] ?? format;
}

export function eventName(event: CatalogEvent | undefined, id: string): string {
  return event ? `'${event.name || event.id}'` : `'${id}'`;
}

/** "'a', 'b' and 'c'" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function offsetWords(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = String(Math.floor(abs / 60)).padStart(2, '0');
  const m = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${h}:${m}`;
}
