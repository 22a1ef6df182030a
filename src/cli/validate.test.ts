import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runValidateCli } from './validate';

const run = (args: string[], files: Record<string, string>) => {
  const out: string[] = [];
  const err: string[] = [];
  const status = runValidateCli(args, {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path];
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  });
  return { status, out: out.join(''), err: err.join('') };
};

const scenario = (name: string) => JSON.parse(readFileSync(`/work/shared/scenarios/${name}`, 'utf8'));

describe('npm run validate', () => {
  it('prints no findings and exits 0 for a valid journey', () => {
    const s = scenario('02-teams-checkin-window.json');
    const r = run(['j.json', '--catalog', 'c.json'], { 'j.json': JSON.stringify(s.journey), 'c.json': JSON.stringify(s.catalog) });
    expect(r.status).toBe(0);
    expect(r.out).toBe('{\n  "findings": []\n}\n');
  });
  it('prints the findings and exits 2 when one is an error', () => {
    const s = scenario('06-interaction-entry-rejected.json');
    const r = run(['j.json'], { 'j.json': JSON.stringify(s.journey) });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.out).findings).toMatchObject([{ code: 'entry-interaction', severity: 'error', tile: 'entry' }]);
  });
  it('exits 0 with warnings only', () => {
    const s = scenario('02-teams-checkin-window.json');
    s.journey.edges.pop();
    s.journey.tiles.pop();
    const r = run(['j.json', '--catalog', 'c.json'], { 'j.json': JSON.stringify(s.journey), 'c.json': JSON.stringify(s.catalog) });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).findings).toMatchObject([{ code: 'branch-ends', severity: 'warning', tile: 'await-checkin' }]);
  });
  it('checks templates given as ids or { id } objects', () => {
    const s = scenario('01-confirmation-basic.json');
    const j = JSON.stringify(s.journey);
    expect(run(['j.json', '--templates', 't.json'], { 'j.json': j, 't.json': '["tpl-confirm"]' }).status).toBe(0);
    const r = run(['j.json', '--templates', 't.json'], { 'j.json': j, 't.json': '[{ "id": "tpl-other" }]' });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.out).findings).toMatchObject([{ code: 'email-template-missing', tile: 'confirm' }]);
  });
  it('says where a file is not JSON, and exits 2', () => {
    const r = run(['j.json'], { 'j.json': '{\n  "a": 1,\n  b}' });
    expect(r.status).toBe(2);
    expect(r.err).toContain('j.json is not valid JSON at line 3, column 3');
  });
  it('says when a file is missing, and exits 2', () => {
    const r = run(['nope.json'], {});
    expect(r.status).toBe(2);
    expect(r.err).toContain('nope.json does not exist');
  });
  it('refuses a catalog that is not the simulator catalog shape', () => {
    const r = run(['j.json', '--catalog', 'c.json'], { 'j.json': '{}', 'c.json': '{"events": [{"id": 1}]}' });
    expect(r.status).toBe(2);
    expect(r.err).toContain('events[0].id');
  });
});
