import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { catalogSchema } from './catalog';
import { journeySchema } from './journey-schema';
import { validateJourney } from './validate';

const dir = 'tests/fixtures/journeys';
const read = (name: string) => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
const catalog = catalogSchema.parse(read('catalog.json'));
const templates = (read('templates.json') as { id: string }[]).map((t) => t.id);

describe('journey fixtures (used by the UI end-to-end tests)', () => {
  it('valid-journey.json has no finding', () => {
    expect(validateJourney(read('valid-journey.json'), { catalog, templates })).toEqual([]);
    expect(validateJourney(read('valid-journey.json'))).toEqual([]);
  });
  it('broken-journey.json has several errors and warnings', () => {
    const codes = validateJourney(read('broken-journey.json'), { catalog, templates }).map((f) => `${f.severity}:${f.code}`);
    expect(codes).toEqual([
      'error:trigger-unknown',
      'error:edge-dangling',
      'error:unreachable',
      'error:wait-invalid',
      'error:wait-invalid',
      'error:interaction-before-email',
      'error:email-template-missing',
      'warning:branch-ends',
      'warning:branch-ends',
      'warning:join-without-registration',
      'warning:dst-checkin-window',
      'warning:goal-unreachable',
    ]);
  });
  it('not-a-journey.json gives schema findings with paths only', () => {
    const findings = validateJourney(read('not-a-journey.json'));
    expect(findings.map((f) => f.path)).toEqual(['id', 'tiles[0].colour', 'tiles[1].mode', 'edges[0].to']);
  });
  it('every schema-valid fixture round-trips: parse → stringify → parse is identity', () => {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('-journey.json'))) {
      const parsed = journeySchema.safeParse(read(name));
      if (!parsed.success) continue;
      expect(journeySchema.parse(JSON.parse(JSON.stringify(parsed.data))), name).toEqual(parsed.data);
      expect(parsed.data, name).toEqual(read(name));
    }
  });
});
