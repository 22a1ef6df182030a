/**
 * The scenario `expect` rule (simulation.md, "Scenario file"): an object matches when every key
 * it names matches, an array when it has the same length and each element matches in order, any
 * other value when it is equal. Each difference is reported with a JSON path.
 */

export type ExpectDifference = { path: string; expected: unknown; actual: unknown };

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function keyPath(base: string, key: string): string {
  return identifier.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function walk(expected: unknown, actual: unknown, path: string, out: ExpectDifference[]): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      out.push({ path, expected, actual });
      return;
    }
    if (expected.length !== actual.length) {
      out.push({ path: `${path}.length`, expected: expected.length, actual: actual.length });
    }
    const n = Math.min(expected.length, actual.length);
    for (let i = 0; i < n; i++) walk(expected[i], actual[i], `${path}[${i}]`, out);
    return;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) {
      out.push({ path, expected, actual });
      return;
    }
    for (const key of Object.keys(expected)) walk(expected[key], actual[key], keyPath(path, key), out);
    return;
  }
  if (!Object.is(expected, actual) && !(expected === 0 && actual === 0)) out.push({ path, expected, actual });
}

export function matchExpect(expected: unknown, actual: unknown): ExpectDifference[] {
  const out: ExpectDifference[] = [];
  walk(expected, actual, '$', out);
  return out;
}
