import { describe, expect, it } from 'vitest';
import { readJourneyText } from './read-journey-file';

const valid = {
  schemaVersion: 1,
  id: 'imported',
  name: 'Imported journey',
  timeZone: 'Europe/Paris',
  tiles: [
    { id: 'entry', kind: 'trigger', trigger: 'registration.created' },
    { id: 'done', kind: 'exit' },
  ],
  edges: [{ id: 'e1', from: 'entry', port: 'next', to: 'done' }],
};

describe('readJourneyText', () => {
  it('accepts a valid journey document', () => {
    const result = readJourneyText(JSON.stringify(valid));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.journey.name).toBe('Imported journey');
  });

  it('says a file is not JSON and where it breaks', () => {
    const result = readJourneyText('{\n  "name": "x",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.kind).toBe('not-json');
      expect(result.message).toMatch(/not valid JSON \(line 3, column \d+\)/);
    }
  });

  it('names the path of every schema problem, unknown fields included', () => {
    const broken = {
      ...valid,
      colour: 'blue',
      tiles: [{ id: 'entry', kind: 'trigger' }, { id: 'bad id!', kind: 'exit' }],
    };
    const result = readJourneyText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.kind).toBe('not-journey');
      const paths = result.problems.map((p) => p.path);
      expect(paths).toContain('colour');
      expect(paths).toContain('tiles[0].trigger');
      expect(paths).toContain('tiles[1].id');
      expect(result.problems.find((p) => p.path === 'colour')?.message).toMatch(/colour/);
    }
  });
});
