import { localText } from './local-text';
import type { CTile } from './compile-journey';
import type { Attributes } from './contacts';
import type { Sig } from './signal';

/** One plain sentence per notable trace step, for an analyst reading a contact's path. */

const local = localText;

export function describeDue(tile: CTile, due: number, zone: string): string {
  return tile.ports.length === 2
    ? `waits for the trigger until the timeout at ${local(due, zone)}`
    : `waits until ${local(due, zone)}`;
}

export function describeRelUnresolved(tile: CTile, entry: Sig | null): string {
  const event = tile.rel?.event ?? entry?.eventId;
  return event === undefined
    ? 'moved on at once: the entry trigger names no event, so the event-relative time cannot be computed'
    : `moved on at once: event "${event}" is not in the catalog, so the event-relative time cannot be computed`;
}

export function describeSuppressed(attrs: Attributes): string {
  return attrs.consent === false ? 'email not sent: the contact has not given consent' : 'email not sent: the contact has no email address';
}
