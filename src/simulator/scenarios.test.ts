import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchExpect } from './expect-match';
import { readJsonFile, runScenario } from './run-scenario';

/**
 * The worked scenarios of the spec, copied into tests/fixtures/scenarios, and the ones written
 * from the spec's text, one rule each, in tests/fixtures/scenarios-extra: each must match its expect.
 */

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures');

for (const [folder, atLeast] of [['scenarios', 10], ['scenarios-extra', 50]] as const) {
  const dir = join(fixtures, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

  describe(`${folder}`, () => {
    it('finds the scenarios', () => {
      expect(files.length).toBeGreaterThanOrEqual(atLeast);
    });

    for (const file of files) {
      it(`${file} matches its expect`, () => {
        const scenario = readJsonFile(join(dir, file)) as { expect: unknown };
        const output = runScenario(scenario, dir);
        expect(matchExpect(scenario.expect, output)).toEqual([]);
      });

      it(`${file} gives byte-identical output on a second run`, () => {
        const scenario = readJsonFile(join(dir, file));
        expect(JSON.stringify(runScenario(scenario, dir))).toBe(JSON.stringify(runScenario(scenario, dir)));
      });
    }
  });
}
