import type { Journey } from '../../domain/journey-schema';
import { parseJourney } from '../../domain/validate';

/** One thing wrong with an imported file, named by where it is. */
export type ImportProblem = { path: string; message: string };

export type ReadJourneyResult =
  | { ok: true; journey: Journey }
  | { ok: false; kind: 'not-json' | 'not-journey'; message: string; problems: ImportProblem[] };

function lineColumnAt(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { line, column };
}

function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const lc = raw.match(/line (\d+) column (\d+)/);
  const pos = raw.match(/position (\d+)/);
  const where = lc
    ? ` (line ${lc[1]}, column ${lc[2]})`
    : pos
      ? (() => {
          const { line, column } = lineColumnAt(text, Number(pos[1]));
          return ` (line ${line}, column ${column})`;
        })()
      : '';
  return `This file is not valid JSON${where}: ${raw}`;
}

/**
 * Reads the text of a journey file: JSON first, then the journey schema. Nothing is sent anywhere;
 * the caller POSTs only a document that passed both.
 */
export function readJourneyText(text: string): ReadJourneyResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'not-json', message: describeJsonError(text, error), problems: [] };
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
