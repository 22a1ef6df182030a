import type { z } from 'zod';
import { finding, type Finding } from './findings';

/**
 * Turns zod issues into `schema` findings: one per issue, a sentence that names the JSON path
 * (`tiles[2].foo`) in plain words, and `path` (plus `tile` when the issue is inside a tile).
 * Conditions, goals and `until` are unions without a discriminator key: zod reports every
 * alternative, so we keep the alternative that best fits what was written.
 */

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/**
 * How badly an alternative of a union fits at its own level: unknown or missing fields and an
 * unmatched discriminator. Problems deeper inside (a wrong value in a sub-condition) do not count,
 * so `{ "all": [...] }` with a bad item is still read as an `all`.
 */
function misfit(issues: readonly Issue[], input: unknown, base: readonly PathKey[]): number {
  let score = 0;
  for (const issue of issues) {
    const depth = issue.path.length;
    if (issue.code === 'unrecognized_keys' && depth === 0) score += issue.keys.length;
    else if (issue.code === 'invalid_type' && (depth === 0 || (depth === 1 && valueAt(input, [...base, ...issue.path]) === undefined))) score += 1;
    else if (issue.code === 'invalid_union' && issue.errors.length === 0 && depth <= 1) score += 1;
  }
  return score;
}

/** Flattens union issues into the issues of the best-fitting alternative, with full paths. */
function flatten(issues: readonly Issue[], input: unknown, base: readonly PathKey[], out: { issue: Issue; path: PathKey[] }[]): void {
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const alternatives = issue.errors;
      const allRootTypeErrors = alternatives.every(
        (alt) => alt.length === 1 && alt[0].code === 'invalid_type' && alt[0].path.length === 0,
      );
      if (allRootTypeErrors) {
        out.push({ issue, path });
        continue;
      }
      let best = alternatives[0];
      let bestScore = Infinity;
      for (const alt of alternatives) {
        const score = misfit(alt, input, path);
        if (score < bestScore || (score === bestScore && alt.length < best.length)) {
          best = alt;
          bestScore = score;
        }
      }
      flatten(best, input, path, out);
      continue;
    }
    out.push({ issue, path });
  }
}

function sentence(issue: Issue, path: PathKey[], input: unknown): { message: string; path: PathKey[] } {
  const where = path.length === 0 ? 'The journey' : formatPath(path);
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keyPaths = issue.keys.map((k) => formatPath([...path, k]));
      return keyPaths.length === 1
        ? { message: `${keyPaths[0]} is not a field the journey format knows: remove it or check its spelling.`, path: [...path, issue.keys[0]] }
        : { message: `${keyPaths.join(', ')} are not fields the journey format knows: remove them or check their spelling.`, path: [...path, issue.keys[0]] };
    }
    case 'invalid_type':
      if (value === undefined && path.length > 0) return { message: `${where} is missing: it is required.`, path };
      return { message: `${where} should be ${expectedWords[issue.expected] ?? issue.expected}, not ${describeValue(value)}.`, path };
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const options = (issue as unknown as { options?: unknown[] }).options;
        const key = (issue as unknown as { discriminator?: string }).discriminator;
        const list = options ? options.map((o) => JSON.stringify(o)).join(', ') : '';
        const at = formatPath(path);
        const subject = at === '' ? `The field "${key ?? ''}"` : at;
        return { message: `${subject} is ${describeValue(value)}, which is not allowed here: use one of ${list}.`, path };
      }
      const expected = issue.errors.map((alt) => (alt[0]?.code === 'invalid_type' ? expectedWords[alt[0].expected] ?? alt[0].expected : 'another form'));
      return { message: `${where} should be ${[...new Set(expected)].join(' or ')}, not ${describeValue(value)}.`, path };
    }
    case 'invalid_value': {
      const list = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.values.length === 1
        ? { message: `${where} must be ${list}, not ${describeValue(value)}.`, path }
        : { message: `${where} must be one of ${list}, not ${describeValue(value)}.`, path };
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return { message: issue.minimum === 1 ? `${where} must not be empty.` : `${where} must have at least ${issue.minimum} characters.`, path };
      }
      return { message: `${where} must be at least ${issue.minimum}.`, path };
    case 'too_big':
      if (issue.origin === 'string') return { message: `${where} must have at most ${issue.maximum} characters.`, path };
      return { message: `${where} must be at most ${issue.maximum}.`, path };
    case 'invalid_format':
      return { message: `${where} is not valid: it ${issue.message.startsWith('must') ? issue.message : 'has the wrong format'}.`, path };
    case 'custom':
      return { message: `${where} is not valid: ${issue.message}.`, path };
    default:
      return { message: `${where} is not valid: ${issue.message}.`, path };
  }
}

function tileAt(input: unknown, path: readonly PathKey[]): string | undefined {
  if (path[0] !== 'tiles' || typeof path[1] !== 'number') return undefined;
  const id = valueAt(input, ['tiles', path[1], 'id']);
  return typeof id === 'string' ? id : undefined;
}

export function schemaFindings(error: z.ZodError, input: unknown): Finding[] {
  const flat: { issue: Issue; path: PathKey[] }[] = [];
  flatten(error.issues as Issue[], input, [], flat);
  return flat.map(({ issue, path }) => {
    const s = sentence(issue, path, input);
    const tile = tileAt(input, s.path);
    return finding('schema', s.message, { tile, path: s.path.length > 0 ? formatPath(s.path) : undefined });
  });
}

const maxConditionDepth = 64;

/**
 * Conditions are the only recursive part of the document. A condition that contains itself (only
 * possible for objects built in code, never from JSON text) or one nested absurdly deep would make
 * the schema recurse until the stack overflows, so they are reported before parsing.
 */
export function conditionNestingFindings(input: unknown): Finding[] {
  if (input === null || typeof input !== 'object') return [];
  const doc = input as Record<string, unknown>;
  const roots: { value: unknown; path: PathKey[] }[] = [];
  const tiles = Array.isArray(doc.tiles) ? doc.tiles : [];
  tiles.forEach((tile: unknown, i: number) => {
    if (tile === null || typeof tile !== 'object') return;
    const t = tile as Record<string, unknown>;
    roots.push({ value: t.where, path: ['tiles', i, 'where'] });
    if (Array.isArray(t.branches)) {
      t.branches.forEach((b: unknown, j: number) => {
        if (b !== null && typeof b === 'object') roots.push({ value: (b as Record<string, unknown>).when, path: ['tiles', i, 'branches', j, 'when'] });
      });
    }
  });
  if (Array.isArray(doc.exitWhen)) {
    doc.exitWhen.forEach((x: unknown, i: number) => {
      if (x !== null && typeof x === 'object') roots.push({ value: (x as Record<string, unknown>).where, path: ['exitWhen', i, 'where'] });
    });
  }
  if (doc.goal !== null && typeof doc.goal === 'object') roots.push({ value: (doc.goal as Record<string, unknown>).where, path: ['goal', 'where'] });

  const findings: Finding[] = [];
  for (const root of roots) {
    const problem = nestingProblem(root.value, root.path, new Set());
    if (problem) {
      const where = formatPath(problem.path);
      const message =
        problem.kind === 'loop'
          ? `${where} contains itself: a condition cannot refer back to itself.`
          : `${where} is nested more than ${maxConditionDepth} levels deep: simplify the condition.`;
      findings.push(finding('schema', message, { tile: tileAt(input, problem.path), path: where }));
    }
  }
  return findings;
}

function nestingProblem(value: unknown, path: PathKey[], ancestors: Set<object>): { kind: 'loop' | 'deep'; path: PathKey[] } | null {
  if (value === null || typeof value !== 'object') return null;
  if (ancestors.has(value)) return { kind: 'loop', path };
  if (ancestors.size >= maxConditionDepth) return { kind: 'deep', path };
  ancestors.add(value);
  const c = value as Record<string, unknown>;
  let result: { kind: 'loop' | 'deep'; path: PathKey[] } | null = null;
  for (const key of ['all', 'any'] as const) {
    const list = c[key];
    if (!Array.isArray(list)) continue;
    for (let k = 0; k < list.length && !result; k++) result = nestingProblem(list[k], [...path, key, k], ancestors);
  }
  if (!result && 'not' in c) result = nestingProblem(c.not, [...path, 'not'], ancestors);
  ancestors.delete(value);
  return result;
}
