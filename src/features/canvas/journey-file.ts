import type { Finding } from '../../domain/findings';
import type { Journey } from '../../domain/journey-schema';
import { parseJourney } from '../../domain/validate';
import { parseJsonText } from '../validation/json-error-location';

export function downloadJourney(journey: Journey): void {
  const blob = new Blob([JSON.stringify(journey, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${journey.id}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type ImportOutcome = { ok: true; journey: Journey } | { ok: false; message: string; findings: Finding[] };

// Importing into an open journey replaces its content but keeps its id, so the server resource
// stays the same one.
export function readJourneyFile(text: string, keepId: string): ImportOutcome {
  const json = parseJsonText(text);
  if (!json.ok) {
    const where = json.location ? ` (line ${json.location.line}, column ${json.location.column})` : '';
    return { ok: false, message: `This file is not valid JSON: ${json.message}${where}.`, findings: [] };
  }
  const parsed = parseJourney(json.value);
  if (!parsed.ok) return { ok: false, message: 'This file is not a journey:', findings: parsed.findings };
  return { ok: true, journey: { ...parsed.journey, id: keepId } };
}
