import type { Journey } from '../../domain/journey-schema';
import { parseJourney } from '../../domain/validate';
import { locateJsonError } from './locate-json-error';

/** One thing wrong with an imported file, named by where it is. */
export type ImportProblem = { path: string; message: string };

export type ReadJourneyResult =
  | { ok: true; journey: Journey }
  | { ok: false; kind: 'not-json' | 'not-journey'; message: string; problems: ImportProblem[] };

function describeJsonError(text: string): string {
  const spot = locateJsonError(text);
  if (!spot) return 'This file is not valid JSON.';
  return `This file is not valid JSON (line ${spot.line}, column ${spot.column}): ${spot.reason}.`;
}

/**
 * Reads the text of a journey file: JSON first, then the journey schema. Nothing is sent anywhere;
 * the caller POSTs only a document that passed both.
 */
export function readJourneyText(text: string): ReadJourneyResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const message = text.trim() === '' ? 'This file is empty.' : describeJsonError(text);
    return { ok: false, kind: 'not-json', message, problems: [] };
  }
  // The domain's own schema check: the same findings (and wording) as the validator and the API.
  const parsed = parseJourney(data);
  if (parsed.ok) return { ok: true, journey: parsed.journey };
  const problems = parsed.findings.map((f) => ({ path: f.path || '(document)', message: f.message }));
  return {
    ok: false,
    kind: 'not-journey',
    message: `This file is not a valid journey document: ${problems.length} problem${problems.length === 1 ? '' : 's'} found. Nothing was imported.`,
    problems,
  };
}
