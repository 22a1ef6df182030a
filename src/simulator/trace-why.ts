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

/** The entry step: which signal let the contact in, and when. */
export function describeEntry(entry: Sig, now: number, zone: string, again: boolean): string {
  const event = entry.eventId === undefined ? '' : ` for event "${entry.eventId}"`;
  return `${again ? 'entered again' : 'entered'} on ${entry.trigger}${event} at ${local(now, zone)}`;
}

/** A wait left because its time came: the due time of a timed wait, or a trigger wait's timeout. */
export function describeTimeUp(tile: CTile, trigger: string, at: number, zone: string): string {
  return tile.ports.length === 2 ? `timed out at ${local(at, zone)}: no ${trigger} arrived before` : `waited until ${local(at, zone)}, then moved on`;
}

export function describeTriggerArrived(trigger: string, at: number, zone: string): string {
  return `${trigger} arrived at ${local(at, zone)}, before the timeout`;
}

export function describeExitTrigger(trigger: string, at: number, zone: string): string {
  return `left the journey: exit trigger ${trigger} fired at ${local(at, zone)}`;
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
