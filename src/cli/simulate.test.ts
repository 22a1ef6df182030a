import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The command line end to end (through tsx, as `npm run simulate` runs it): statuses and output. */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'tests/fixtures/scenarios');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = (...args: string[]) => spawnSync(tsx, [join(root, 'src/cli/simulate.ts'), ...args], { encoding: 'utf8', cwd: root });
const dir = mkdtempSync(join(tmpdir(), 'cli-'));

// each case spawns tsx, which takes seconds on a busy machine
describe('npm run simulate', { timeout: 120_000 }, () => {
  it('--check exits 0 when the output matches expect, 1 with each difference as a JSON path otherwise', () => {
    const scenario = JSON.parse(readFileSync(join(fixtures, '02-teams-checkin-window.json'), 'utf8'));
    scenario.expect.summary.entered = 4;
    scenario.expect.tiles['await-checkin'].ports.timeout = 9;
    const file = join(dir, 'wrong.json');
    writeFileSync(file, JSON.stringify(scenario));
    const r = cli(file, '--check');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('$.summary.entered: expected 4, actual 5');
    expect(r.stdout).toContain('$.tiles["await-checkin"].ports.timeout: expected 9, actual 3');
  });

  it('prints the output JSON, or writes it with --out; --trace adds paths', () => {
    const out = join(dir, 'out.json');
    expect(cli(join(fixtures, '01-confirmation-basic.json'), '--trace', '--out', out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).contacts).toHaveLength(2);
  });

  it('exits 2 with the errors for a journey that does not validate', () => {
    const r = cli(join(fixtures, '06-interaction-entry-rejected.json'));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors[0].code).toBe('entry-interaction');
  });

  it('replaces parts with --events / --journey and exits 2 naming the file on bad input', () => {
    const r = cli(join(fixtures, '09-ndjson-file-unknown-event-unresolved.json'), '--events', join(fixtures, '09-events.ndjson'), '--check');
    expect(r.status).toBe(0);
    const bad = cli(join(fixtures, '01-confirmation-basic.json'), '--journey', join(dir, 'nope.json'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('nope.json');
    const usage = cli('--bogus');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage:');
  });
});
