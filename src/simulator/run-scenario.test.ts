import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonFile, runScenario, ScenarioInputError } from './run-scenario';
import { chain, email } from './testing/sim-kit';

const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
const journey = chain('form.submitted', [email('hello')]);

describe('runScenario', () => {
  it('reads events from an NDJSON or CSV path relative to the scenario', () => {
    writeFileSync(join(dir, 'log.csv'), 'at,type,contactId,email\n2026-03-01T09:00:00Z,form.submitted,a,a@x.com\n');
    const out = runScenario({ journey, catalog: { events: [] }, events: 'log.csv' }, dir);
    expect(out).toMatchObject({ summary: { records: 1, entered: 1 } });
  });

  it('lets overrides replace parts and adds traces with trace: true', () => {
    const out = runScenario(null, dir, {
      journey,
      catalog: { events: [] },
      events: join(dir, 'log.csv'),
      trace: true,
    });
    expect(out).toMatchObject({ contacts: [{ id: 'a', outcome: 'completed' }] });
  });

  it('returns the validation errors of a journey that does not validate', () => {
    const bad = chain('email.opened', [email('hello')]);
    expect(runScenario({ journey: bad, catalog: { events: [] }, events: [] }, dir)).toEqual({
      errors: [expect.objectContaining({ code: 'entry-interaction', tile: 'entry' })],
    });
  });

  it('names the file and JSON path of a bad part', () => {
    expect(() => runScenario({ journey, catalog: { events: [{ id: 'e' }] }, events: [] }, dir, { sources: { scenario: 's.json' } })).toThrow(
      /s\.json: catalog\.events\[0\]\.name/,
    );
    expect(() => runScenario({ journey, catalog: { events: [] }, events: [], options: { matching: 'phone' } }, dir)).toThrow(/options\.matching/);
    expect(() => runScenario({ journey, catalog: { events: [] }, events: 'missing.ndjson' }, dir)).toThrow(ScenarioInputError);
    writeFileSync(join(dir, 'junk.txt'), 'hello\nworld\n');
    expect(() => runScenario({ journey, catalog: { events: [] }, events: 'junk.txt' }, dir)).toThrow(/junk\.txt: .*neither NDJSON/);
  });

  it('reports progress while reading and while simulating a large log, with the same output as without', () => {
    const lines: string[] = [];
    for (let i = 0; i < 250_000; i++) {
      const at = new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString();
      lines.push(JSON.stringify({ at, type: 'form.submitted', contact: { email: `c${i % 5000}@x.com` } }));
    }
    writeFileSync(join(dir, 'big.ndjson'), lines.join('\n'));
    const scenario = { journey, catalog: { events: [] }, events: 'big.ndjson' };
    const read: number[] = [];
    const applied: [number, string | null][] = [];
    const out = runScenario(scenario, dir, {}, { onProgress: (n) => read.push(n), onSimulated: (n, at) => applied.push([n, at]) });
    expect(read.length).toBeGreaterThanOrEqual(2);
    expect(applied).toEqual([
      [100_000, '2026-03-02T03:46:39.000Z'],
      [200_000, '2026-03-03T07:33:19.000Z'],
      [250_000, '2026-03-03T21:26:39.000Z'],
    ]);
    expect(out).toEqual(runScenario(scenario, dir));
  });

  it('reports a JSON syntax error with its line and column', () => {
    writeFileSync(join(dir, 'broken.json'), '{\n  "journey": ,\n}');
    expect(() => readJsonFile(join(dir, 'broken.json'))).toThrow(/broken\.json:2:\d+: not valid JSON/);
  });
});
