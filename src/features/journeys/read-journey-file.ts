import type { z } from 'zod';
import { journeySchema, type Journey } from '../../domain/journey-schema';

/** One thing wrong with an imported file, named by where it is. */
export type ImportProblem = { path: string; message: string };

export type ReadJourneyResult =
  | { ok: true; journey: Journey }
  | { ok: false; kind: 'not-json' | 'not-journey'; message: string; problems: ImportProblem[] };

/** `['tiles', 2, 'kind']` → `tiles[2].kind`; the document itself is `(document)`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

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

function issuesToProblems(issues: readonly z.core.$ZodIssue[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatJsonPath([...issue.path, key]), message: `unknown field "${key}" (not part of a journey document)` });
      }
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest, rather than "invalid input".
      const best = [...issue.errors].sort((a, b) => maxDepth(b) - maxDepth(a))[0];
      problems.push(...issuesToProblems(best));
    } else {
      problems.push({ path: formatJsonPath(issue.path), message: issue.message });
    }
  }
  return problems;
}

function maxDepth(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce((m, i) => Math.max(m, i.path.length), 0);
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
  const parsed = journeySchema.safeParse(data);
  if (parsed.success) return { ok: true, journey: parsed.data };
  const problems = issuesToProblems(parsed.error.issues);
  return {
    ok: false,
    kind: 'not-journey',
    message: `This file is not a valid journey document: ${problems.length} problem${problems.length === 1 ? '' : 's'} found. Nothing was imported.`,
    problems,
  };
}
