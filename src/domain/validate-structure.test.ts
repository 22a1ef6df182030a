import { describe, expect, it } from 'vitest';
import type { FindingCode } from './findings';
import type { Journey, Tile } from './journey-schema';
import { webinarCatalog, webinarJourney } from './testing/sample-journeys';
import { validateJourney } from './validate';

const codes = (j: unknown, ctx = { catalog: webinarCatalog() }) => validateJourney(j, ctx).map((f) => f.code);
const only = (j: unknown, code: FindingCode, ctx = { catalog: webinarCatalog() }) => validateJourney(j, ctx).filter((f) => f.code === code);
const tile = (j: Journey, id: string): Tile => j.tiles.find((t) => t.id === id)!;

describe('the sample journey', () => {
  it('is valid: no finding at all', () => {
    expect(validateJourney(webinarJourney(), { catalog: webinarCatalog() })).toEqual([]);
  });
});

describe('entry-missing / entry-multiple', () => {
  it('reports a journey whose only trigger has an incoming edge', () => {
    const j = webinarJourney();
    j.edges.push({ id: 'back', from: 'thanks', port: 'next', to: 'entry' });
    expect(codes(j)).toContain('entry-missing');
  });
  it('reports each of several starting triggers', () => {
    const j = webinarJourney();
    j.tiles.push({ id: 'entry2', kind: 'trigger', trigger: 'form.submitted' });
    j.edges.push({ id: 'e9', from: 'entry2', port: 'next', to: 'confirm' });
    expect(only(j, 'entry-multiple').map((f) => f.tile)).toEqual(['entry', 'entry2']);
    expect(codes(j)).not.toContain('entry-missing');
  });
  it('a trigger tile with an incoming edge is not a second entry', () => {
    const j = webinarJourney();
    j.tiles.push({ id: 'mid', kind: 'trigger', trigger: 'form.submitted' });
    j.edges.push({ id: 'e9', from: 'thanks', port: 'next', to: 'mid' });
    expect(codes(j)).toEqual([]);
  });
});

describe('entry-interaction', () => {
  it('rejects email opened as the entry, an exit rule or the goal', () => {
    const j = webinarJourney();
    (tile(j, 'entry') as Extract<Tile, { kind: 'trigger' }>).trigger = 'email.clicked';
    j.exitWhen = [{ trigger: 'email.opened' }];
    j.goal = { trigger: 'email.clicked', target: 0.2 };
    const found = only(j, 'entry-interaction');
    expect(found.map((f) => f.tile ?? f.path)).toEqual(['entry', 'exitWhen[0].trigger', 'goal.trigger']);
  });
  it('accepts business triggers in those places', () => {
    const j = webinarJourney();
    j.exitWhen = [{ trigger: 'registration.cancelled' }];
    j.goal = { trigger: 'checkin.created', target: 0.2 };
    expect(codes(j)).toEqual([]);
  });
});

describe('trigger-unknown / trigger-not-ready', () => {
  it('reports an id that is neither built in nor in the catalog, and a draft trigger', () => {
    const j = webinarJourney();
    j.exitWhen = [{ trigger: 'custom.nope' }];
    (tile(j, 'await-checkin') as Extract<Tile, { mode: 'trigger' }>).trigger = 'custom.draft';
    expect(only(j, 'trigger-unknown').map((f) => f.path)).toEqual(['exitWhen[0].trigger']);
    expect(only(j, 'trigger-not-ready')).toMatchObject([{ tile: 'await-checkin', path: 'tiles[3].trigger' }]);
  });
  it('accepts a ready custom trigger', () => {
    const j = webinarJourney();
    j.exitWhen = [{ trigger: 'custom.whitepaper' }];
    expect(codes(j)).toEqual([]);
  });
  it('without a catalog, a custom trigger is unknown', () => {
    const j = webinarJourney();
    j.exitWhen = [{ trigger: 'custom.whitepaper' }];
    expect(validateJourney(j).map((f) => f.code)).toEqual(['trigger-unknown']);
  });
});

describe('edge-dangling', () => {
  it('reports edges to missing tiles, from missing ports, from missing tiles and a second edge on a port', () => {
    const j = webinarJourney();
    j.edges.push(
      { id: 'x1', from: 'thanks', port: 'next', to: 'ghost' },
      { id: 'x2', from: 'replay', port: 'nope', to: 'thanks' },
      { id: 'x3', from: 'ghost', port: 'next', to: 'thanks' },
      { id: 'x4', from: 'entry', port: 'next', to: 'replay' },
    );
    const found = only(j, 'edge-dangling');
    expect(found.map((f) => [f.tile, f.path])).toEqual([
      ['entry', 'edges[8]'],
      ['thanks', 'edges[5]'],
      ['replay', 'edges[6]'],
      [undefined, 'edges[7]'],
    ]);
  });
  it('accepts one edge per port between existing tiles', () => {
    const j = webinarJourney();
    j.edges.push({ id: 'x1', from: 'thanks', port: 'next', to: 'replay' });
    expect(codes(j)).toEqual([]);
  });
});

describe('cycle', () => {
  it('reports one finding per loop, on its first tile in document order', () => {
    const j = webinarJourney();
    j.edges.push({ id: 'back', from: 'thanks', port: 'next', to: 'join' });
    j.edges.push({ id: 'self', from: 'replay', port: 'next', to: 'replay' });
    expect(only(j, 'cycle').map((f) => f.tile)).toEqual(['join', 'replay']);
  });
  it('paths that merge are not a loop', () => {
    const j = webinarJourney();
    j.edges.push({ id: 'merge', from: 'thanks', port: 'next', to: 'replay' });
    expect(codes(j)).toEqual([]);
  });
});

describe('unreachable', () => {
  it('reports a tile no path from the entry reaches', () => {
    const j = webinarJourney();
    j.tiles.push({ id: 'lost', kind: 'exit' });
    expect(only(j, 'unreachable').map((f) => f.tile)).toEqual(['lost']);
  });
  it('accepts the same tile once connected', () => {
    const j = webinarJourney();
    j.tiles.push({ id: 'lost', kind: 'exit' });
    j.edges.push({ id: 'e9', from: 'thanks', port: 'next', to: 'lost' });
    expect(codes(j)).toEqual([]);
  });
});

describe('email-template-missing', () => {
  it('reports an email without template, and one whose template is not in the given list', () => {
    const j = webinarJourney();
    delete (tile(j, 'thanks') as Extract<Tile, { kind: 'email' }>).template;
    expect(only(j, 'email-template-missing').map((f) => f.tile)).toEqual(['thanks']);
    const found = only(webinarJourney(), 'email-template-missing', { catalog: webinarCatalog(), templates: ['tpl-confirm', 'tpl-join', 'tpl-thanks'] } as never);
    expect(found.map((f) => f.tile)).toEqual(['replay']);
  });
  it('accepts templates that exist', () => {
    const ctx = { catalog: webinarCatalog(), templates: ['tpl-confirm', 'tpl-join', 'tpl-thanks', 'tpl-replay'] };
    expect(validateJourney(webinarJourney(), ctx)).toEqual([]);
  });
});

describe('timezone-invalid', () => {
  it('reports a zone Intl does not know', () => {
    expect(only({ ...webinarJourney(), timeZone: 'Europe/Pariss' }, 'timezone-invalid')).toMatchObject([{ path: 'timeZone', severity: 'error' }]);
  });
  it('accepts UTC', () => {
    expect(codes({ ...webinarJourney(), timeZone: 'UTC' })).toEqual([]);
  });
});

describe('branch-ends', () => {
  it('reports each condition or wait port without an edge, in port order', () => {
    const j = webinarJourney();
    j.tiles.push({
      id: 'cond',
      kind: 'condition',
      branches: [
        { id: 'fr', label: 'In France', when: { attr: 'contact.country', op: 'eq', value: 'FR' } },
        { id: 'de', when: { attr: 'contact.country', op: 'eq', value: 'DE' } },
      ],
    });
    j.edges.push({ id: 'e9', from: 'thanks', port: 'next', to: 'cond' }, { id: 'e10', from: 'cond', port: 'de', to: 'replay' });
    j.edges = j.edges.filter((e) => e.id !== 'e5');
    const found = only(j, 'branch-ends');
    expect(found.map((f) => [f.tile, f.severity])).toEqual([
      ['await-checkin', 'warning'],
      ['cond', 'warning'],
      ['cond', 'warning'],
    ]);
    expect(found[1].message).toContain('In France');
    expect(found[2].message).toContain('otherwise');
  });
  it('an email with no next edge simply completes', () => {
    expect(only(webinarJourney(), 'branch-ends')).toEqual([]);
  });
});

describe('goal-unreachable', () => {
  it('reports a goal tile that is not in the journey, by path only', () => {
    const found = only({ ...webinarJourney(), goal: { tile: 'ghost', target: 0.5 } }, 'goal-unreachable');
    expect(found).toEqual([expect.objectContaining({ path: 'goal.tile', severity: 'warning' })]);
    expect(found[0].tile).toBeUndefined();
  });
  it('accepts a goal tile of the journey', () => {
    expect(codes({ ...webinarJourney(), goal: { tile: 'thanks', target: 0.5 } })).toEqual([]);
  });
});

describe('order of findings', () => {
  it('follows the table, then the tiles in document order', () => {
    const j = webinarJourney();
    j.timeZone = 'Nowhere/Land';
    j.tiles.push({ id: 'lost', kind: 'wait', mode: 'duration', duration: 'P0D' });
    delete (tile(j, 'confirm') as Extract<Tile, { kind: 'email' }>).template;
    j.goal = { tile: 'ghost', target: 1 };
    expect(codes(j)).toEqual(['unreachable', 'wait-invalid', 'email-template-missing', 'timezone-invalid', 'branch-ends', 'goal-unreachable']);
  });
});
