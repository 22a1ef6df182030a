import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { validateJourney } from './validate';

const dir = '/work/shared/scenarios';
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))] as const);

describe('the journeys of the shared scenarios', () => {
  it.each(scenarios)('%s validates with exactly its expected findings', (_name, scenario) => {
    const findings = validateJourney(scenario.journey, { catalog: scenario.catalog });
    const expected = scenario.expect ?? {};
    if (expected.errors) {
      const errors = findings.filter((f) => f.severity === 'error');
      expect(errors).toHaveLength(expected.errors.length);
      expected.errors.forEach((e: Record<string, unknown>, i: number) => expect(errors[i]).toMatchObject(e));
    } else {
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
    if (expected.warnings) {
      const warnings = findings.filter((f) => f.severity === 'warning');
      expect(warnings).toHaveLength(expected.warnings.length);
      expected.warnings.forEach((w: Record<string, unknown>, i: number) => expect(warnings[i]).toMatchObject(w));
    }
  });

  it('scenario 06 gives exactly one error, entry-interaction on the entry tile', () => {
    const [, scenario] = scenarios.find(([name]) => name.startsWith('06'))!;
    const findings = validateJourney(scenario.journey, { catalog: scenario.catalog });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'entry-interaction', severity: 'error', tile: 'entry' });
  });
});
