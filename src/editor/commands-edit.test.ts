import { describe, expect, it } from 'vitest';
import type { ConditionTile, EmailTile, Tile } from '../domain/journey-schema';
import { createTestEditor } from './test-editor';
import { sampleJourney } from './testing-journeys';

describe('moving and editing', () => {
  it('a drag is one undo step however many pointer moves it has', () => {
    const ed = createTestEditor(sampleJourney());
    ed.drag(['confirm', 'split'], 100, 50, 12);
    expect(ed.tile('confirm').position).toEqual({ x: 100, y: 210 });
    expect(ed.tile('split').position).toEqual({ x: 100, y: 370 });
    expect(ed.store.getState().past).toHaveLength(1);
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo();
    expect(ed.tile('confirm').position).toEqual({ x: 100, y: 210 });
  });

  it('two drags in a row are two steps', () => {
    const ed = createTestEditor(sampleJourney());
    ed.drag(['confirm'], 10, 0).drag(['confirm'], 10, 0);
    expect(ed.store.getState().past).toHaveLength(2);
    ed.undo();
    expect(ed.tile('confirm').position).toEqual({ x: 10, y: 160 });
  });

  it('moves do not count as structural changes (validation can skip them)', () => {
    const ed = createTestEditor(sampleJourney());
    const before = ed.store.getState().structureVersion;
    ed.drag(['confirm'], 10, 10);
    expect(ed.store.getState().structureVersion).toBe(before);
    expect(ed.store.getState().revision).toBeGreaterThan(0);
  });

  it('arrow keys nudge the selection; repeated presses coalesce', () => {
    const ed = createTestEditor(sampleJourney());
    ed.select('entry', 'done');
    ed.run('nudgeSelection', { dx: 10, dy: 0 });
    ed.run('nudgeSelection', { dx: 0, dy: -10 });
    expect(ed.tile('entry').position).toEqual({ x: 10, y: -10 });
    expect(ed.tile('done').position).toEqual({ x: 10, y: 470 });
    expect(ed.store.getState().past).toHaveLength(1);
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo();
    expect(ed.tile('entry').position).toEqual({ x: 10, y: -10 });
    ed.select();
    expect(ed.run('nudgeSelection', { dx: 10, dy: 0 })).toBe(false);
  });

  it('typing into one field of a tile is one undo step', () => {
    const ed = createTestEditor(sampleJourney());
    const email = ed.tile<EmailTile>('confirm');
    for (const subject of ['W', 'We', 'Wel', 'Welcome']) ed.run('updateTile', { tile: { ...email, subject }, field: 'subject' });
    expect(ed.tile<EmailTile>('confirm').subject).toBe('Welcome');
    expect(ed.store.getState().past).toHaveLength(1);
    ed.run('updateTile', { tile: { ...ed.tile<EmailTile>('confirm'), label: 'Confirmation' }, field: 'label' });
    expect(ed.store.getState().past).toHaveLength(2);
    ed.undo();
    expect(ed.tile<EmailTile>('confirm').label).toBeUndefined();
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo(2);
    expect(ed.tile<EmailTile>('confirm')).toMatchObject({ subject: 'Welcome', label: 'Confirmation' });
  });

  it('removing a branch drops the edge that left it, in the same step', () => {
    const ed = createTestEditor(sampleJourney());
    const split = ed.tile<ConditionTile>('split');
    ed.run('updateTile', { tile: { ...split, branches: split.branches.slice(1) } });
    expect(ed.edge('split', 'opened')).toBeUndefined();
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo();
    expect(ed.edge('split', 'opened')).toBeUndefined();
  });

  it('switching a wait to "wait for a trigger" drops its next edge', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('insertAfterPort', { from: 'entry', port: 'next', kind: 'wait' });
    const tile: Tile = { id: 'wait-1', kind: 'wait', mode: 'trigger', trigger: 'checkin.created', timeout: 'P1D', position: ed.tile('wait-1').position };
    ed.run('updateTile', { tile });
    expect(ed.edge('wait-1', 'next')).toBeUndefined();
  });

  it('an update that changes nothing is not a step', () => {
    const ed = createTestEditor(sampleJourney());
    expect(ed.run('updateTile', { tile: { ...ed.tile('confirm') } })).toBe(false);
    expect(ed.run('updateTile', { tile: { id: 'ghost', kind: 'exit' } })).toBe(false);
    expect(ed.canUndo).toBe(false);
  });

  it('updateSettings sets and clears journey fields', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('updateSettings', { patch: { name: 'Launch', reentry: { mode: 'afterExit', cooldown: 'P7D' } } });
    expect(ed.journey).toMatchObject({ name: 'Launch', reentry: { mode: 'afterExit', cooldown: 'P7D' } });
    ed.run('updateSettings', { patch: { reentry: undefined } });
    expect('reentry' in ed.journey).toBe(false);
    ed.undo();
    expect(ed.journey.reentry).toEqual({ mode: 'afterExit', cooldown: 'P7D' });
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo(2);
    expect(ed.journey.name).toBe('Launch');
    expect('reentry' in ed.journey).toBe(false);
  });

  it('autoLayout places tiles top to bottom without overlaps, as one step', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('connect', { from: 'split', port: 'fr', to: 'done' });
    ed.run('addTile', { kind: 'exit', position: { x: 0, y: 0 } });
    ed.run('connect', { from: 'split', port: 'otherwise', to: 'exit-1' });
    ed.run('autoLayout');
    const ys = ['entry', 'confirm', 'split', 'done'].map((id) => ed.tile(id).position!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(4);
    expect(ed.tile('exit-1').position).not.toEqual({ x: 0, y: 0 });
    const laidOut = ed.journey;
    ed.undo();
    expect(ed.tile('exit-1').position).toEqual({ x: 0, y: 0 });
    ed.redo();
    expect(ed.journey).toEqual(laidOut);
  });

  it('selection changes are never undo steps', () => {
    const ed = createTestEditor(sampleJourney());
    ed.select('entry');
    ed.run('selectAll');
    expect(ed.selection.tiles).toEqual(['entry', 'confirm', 'split', 'done']);
    expect(ed.selection.edges).toEqual(['e1', 'e2', 'e3']);
    expect(ed.canUndo).toBe(false);
  });

  it('a new command after undo clears the redo stack', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('addTile', { kind: 'exit' });
    ed.undo();
    expect(ed.canRedo).toBe(true);
    ed.run('addTile', { kind: 'wait' });
    expect(ed.canRedo).toBe(false);
  });

  it('tiles loaded without positions are laid out', () => {
    const journey = sampleJourney();
    journey.tiles = journey.tiles.map(({ position: _p, ...t }) => t as Tile);
    const ed = createTestEditor(journey);
    expect(ed.journey.tiles.every((t) => t.position)).toBe(true);
  });
});
