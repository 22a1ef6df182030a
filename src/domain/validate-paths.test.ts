import { describe, expect, it } from 'vitest';
import type { Condition, Journey, Tile } from './journey-schema';
import { webinarCatalog, webinarJourney } from './testing/sample-journeys';
import { validateJourney } from './validate';

const found = (j: Journey, code: string) => validateJourney(j, { catalog: webinarCatalog() }).filter((f) => f.code === code);

/** entry → cond(opened reminder?) with a reminder email on one side only, or before the condition. */
function openedJourney(reminderFirst: boolean): Journey {
  const tiles: Tile[] = [
    { id: 'entry', kind: 'trigger', trigger: 'form.submitted' },
    { id: 'reminder', kind: 'email', template: 't', subject: 'Reminder' },
    { id: 'cond', kind: 'condition', branches: [{ id: 'opened', when: { fact: 'emailOpened', tile: 'reminder' } }] },
    { id: 'a', kind: 'exit' },
    { id: 'b', kind: 'exit' },
  ];
  const edges = reminderFirst
    ? [
        { id: 'e1', from: 'entry', port: 'next', to: 'reminder' },
        { id: 'e2', from: 'reminder', port: 'next', to: 'cond' },
      ]
    : [
        { id: 'e1', from: 'entry', port: 'next', to: 'cond' },
        { id: 'e2', from: 'reminder', port: 'next', to: 'a' },
      ];
  return {
    schemaVersion: 1,
    id: 'j',
    name: 'J',
    timeZone: 'UTC',
    tiles,
    edges: [
      ...edges,
      { id: 'e3', from: 'cond', port: 'opened', to: reminderFirst ? 'a' : 'reminder' },
      { id: 'e4', from: 'cond', port: 'otherwise', to: 'b' },
    ],
  };
}

describe('interaction-before-email', () => {
  it('reports a condition on opens of an email some paths do not pass', () => {
    expect(found(openedJourney(false), 'interaction-before-email')).toMatchObject([{ tile: 'cond', severity: 'error' }]);
  });
  it('accepts it when every path sends the email first', () => {
    expect(validateJourney(openedJourney(true))).toEqual([]);
  });
  it('reports a trigger wait on clicks of an email that does not exist', () => {
    const j = openedJourney(true);
    j.tiles[2] = {
      id: 'cond',
      kind: 'wait',
      mode: 'trigger',
      trigger: 'email.clicked',
      where: { attr: 'event.tile', op: 'in', value: ['reminder', 'ghost'] },
      timeout: 'P2D',
    };
    j.edges = j.edges.map((e) => (e.port === 'opened' ? { ...e, port: 'triggered' } : e.port === 'otherwise' ? { ...e, port: 'timeout' } : e));
    const f = found(j, 'interaction-before-email');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("'ghost'");
  });
  it('a merge where one path skips the email is reported', () => {
    const j = openedJourney(true);
    j.tiles.push({ id: 'split', kind: 'condition', branches: [{ id: 'fr', when: { attr: 'contact.country', op: 'eq', value: 'FR' } }] });
    j.edges[0] = { id: 'e1', from: 'entry', port: 'next', to: 'split' };
    j.edges.push({ id: 'e5', from: 'split', port: 'fr', to: 'reminder' }, { id: 'e6', from: 'split', port: 'otherwise', to: 'cond' });
    expect(found(j, 'interaction-before-email').map((f) => f.tile)).toEqual(['cond']);
  });
});

const joinJourney = (entryWhere: Condition | undefined, event: string, trigger = 'registration.created'): Journey => {
  const j = webinarJourney();
  j.tiles[0] = { id: 'entry', kind: 'trigger', trigger, ...(entryWhere ? { where: entryWhere } : {}) };
  (j.tiles[2] as Extract<Tile, { kind: 'email' }>).event = event;
  return j;
};

describe('join-without-registration', () => {
  const pinned: Condition = { attr: 'trigger.eventId', op: 'eq', value: 'evt-web' };
  it('reports a Join email when the entry is not a registration for that event', () => {
    expect(found(joinJourney(undefined, 'evt-web', 'form.submitted'), 'join-without-registration')).toMatchObject([{ tile: 'join', severity: 'warning' }]);
    expect(found(joinJourney(undefined, 'evt-web'), 'join-without-registration')).toHaveLength(1);
    expect(found(joinJourney({ attr: 'trigger.eventId', op: 'eq', value: 'evt-other' }, 'evt-web'), 'join-without-registration')).toHaveLength(1);
    expect(found(joinJourney(undefined, 'trigger', 'checkin.created'), 'join-without-registration')).toHaveLength(1);
  });
  it('accepts a registration entry pinned to the event, inside a top-level all too, or "trigger"', () => {
    expect(found(joinJourney(pinned, 'evt-web'), 'join-without-registration')).toEqual([]);
    expect(found(joinJourney({ all: [{ attr: 'contact.country', op: 'eq', value: 'FR' }, pinned] }, 'evt-web'), 'join-without-registration')).toEqual([]);
    expect(found(joinJourney(undefined, 'trigger'), 'join-without-registration')).toEqual([]);
    expect(found(joinJourney(pinned, 'trigger'), 'join-without-registration')).toEqual([]);
  });
  it('accepts a path that leaves a condition through a branch requiring registered', () => {
    const j = joinJourney(undefined, 'evt-web', 'form.submitted');
    j.tiles.push({
      id: 'is-registered',
      kind: 'condition',
      branches: [{ id: 'yes', when: { all: [{ attr: 'contact.country', op: 'eq', value: 'FR' }, { fact: 'registered', event: 'evt-web' }] } }],
    });
    j.edges[1] = { id: 'e2', from: 'confirm', port: 'next', to: 'is-registered' };
    j.edges.push({ id: 'e7', from: 'is-registered', port: 'yes', to: 'join' });
    expect(found(j, 'join-without-registration')).toEqual([]);
    // the otherwise path also reaching the Join email is a path without registration
    j.edges.push({ id: 'e8', from: 'is-registered', port: 'otherwise', to: 'join' });
    expect(found(j, 'join-without-registration')).toHaveLength(1);
  });
  it('a branch that only requires registration inside any or not does not count', () => {
    const j = joinJourney(undefined, 'evt-web', 'form.submitted');
    j.tiles.push({
      id: 'is-registered',
      kind: 'condition',
      branches: [{ id: 'yes', when: { any: [{ fact: 'registered', event: 'evt-web' }, { attr: 'contact.vip', op: 'eq', value: true }] } }],
    });
    j.edges[1] = { id: 'e2', from: 'confirm', port: 'next', to: 'is-registered' };
    j.edges.push({ id: 'e7', from: 'is-registered', port: 'yes', to: 'join' });
    expect(found(j, 'join-without-registration')).toHaveLength(1);
  });
});
