// `npm test`: Vitest (unit + component), then Playwright (e2e in Chromium); ends with one totals line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

rmSync('reports', { recursive: true, force: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const read = (file) => { try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return null; } };

const unitStatus = run('npx', ['vitest', 'run']);
const e2eStatus = run('npm', ['run', '-s', 'test:e2e']);

const unit = read('reports/vitest.json');
const e2e = read('reports/playwright.json');
let passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
let failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
if (unitStatus !== 0 && !unit?.numFailedTests) failed += 1;
if (e2eStatus !== 0 && !e2e?.stats?.unexpected) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(unitStatus || e2eStatus);
