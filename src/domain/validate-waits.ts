import { capitalize, tileName } from './describe';
import { finding, type Finding } from './findings';
import type { EventRelativeTime, Journey } from './journey-schema';
import { isPositiveDuration, parseDuration, parseLocalWall } from './time';

/** `wait-invalid`: durations that are not positive, local times that do not exist, waits without a timeout. */

const example = 'for example PT2H (2 hours), P1D (1 day) or P1W (1 week)';

/** Why a duration text cannot be used, or null when it is a positive duration. */
export function durationProblem(text: string, mustBePositive: boolean): string | null {
  const d = parseDuration(text);
  if (d === null) {
    if (/^-?P.*\d[.,]\d/.test(text) && /^-?P(?:\d+(?:[.,]\d+)?[YMWD])*(?:T(?:\d+(?:[.,]\d+)?[HMS])+)?$/.test(text)) {
      return `'${text}', which uses a fraction of a unit other than seconds: use whole numbers (PT36H rather than P1.5D)`;
    }
    return `'${text}', which is not a duration: use ${example}`;
  }
  if (mustBePositive && !isPositiveDuration(d)) return `'${text}', which is not longer than zero: use ${example}`;
  return null;
}

function offsetProblem(time: EventRelativeTime): string | null {
  if (time.offset === undefined) return null;
  return durationProblem(time.offset, false);
}

export function waitFindings(journey: Journey): Finding[] {
  const out: Finding[] = [];
  journey.tiles.forEach((tile, i) => {
    if (tile.kind !== 'wait') return;
    const who = capitalize(tileName(tile));
    const add = (text: string, path: string): void => {
      out.push(finding('wait-invalid', text, { tile: tile.id, path: `tiles[${i}].${path}` }));
    };
    if (tile.mode === 'duration') {
      const problem = durationProblem(tile.duration, true);
      if (problem) add(`${who} has a duration ${problem}.`, 'duration');
    } else if (tile.mode === 'until') {
      if ('at' in tile.until) {
        if (parseLocalWall(tile.until.at) === null) {
          add(`${who} waits until '${tile.until.at}', which is not a valid date and time: use the form 2026-04-01T09:00.`, 'until.at');
        }
      } else {
        const problem = offsetProblem(tile.until);
        if (problem) add(`${who} has an offset ${problem}.`, 'until.offset');
      }
    } else if (tile.mode === 'trigger') {
      if (tile.timeout === undefined) {
        add(`${who} has no timeout: contacts would wait forever.`, 'timeout');
      } else if (typeof tile.timeout === 'string') {
        const problem = durationProblem(tile.timeout, true);
        if (problem) add(`${who} has a timeout ${problem}.`, 'timeout');
      } else {
        const problem = offsetProblem(tile.timeout);
        if (problem) add(`${who} has a timeout offset ${problem}.`, 'timeout.offset');
      }
    }
  });
  const reentry = journey.reentry;
  if (reentry && reentry.mode === 'afterExit' && reentry.cooldown !== undefined) {
    const problem = durationProblem(reentry.cooldown, true);
    if (problem) {
      out.push(finding('wait-invalid', `The waiting time before a contact may enter again is ${problem}.`, { path: 'reentry.cooldown' }));
    }
  }
  return out;
}
