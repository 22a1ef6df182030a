import { describe, expect, it } from 'vitest';
import { createTestEditor } from './test-editor';
import { sampleJourney } from './testing-journeys';

describe('adding and connecting tiles', () => {
  it('addTile adds a selected tile with a fresh id, undo removes it, redo brings it back', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('addTile', { kind: 'email', position: { x: 400, y: 10 } });
    expect(ed.tile('email-1')).toMatchObject({ kind: 'email', subject: '', position: { x: 400, y: 10 } });
    expect(ed.selection.tiles).toEqual(['email-1']);
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo();
    expect(ed.tile('email-1').kind).toBe('email');
  });

  it('addTile without a position puts the tile below the lowest one', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('addTile', { kind: 'wait' });
    expect(ed.tile('wait-1').position!.y).toBeGreaterThan(480);
  });

  it('insertAfterPort puts the new tile between a port and what it led to', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('insertAfterPort', { from: 'entry', port: 'next', kind: 'wait' });
    expect(ed.edge('entry', 'next')?.to).toBe('wait-1');
    expect(ed.edge('wait-1', 'next')?.to).toBe('confirm');
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo();
    expect(ed.edge('wait-1', 'next')?.to).toBe('confirm');
  });

  it('insertAfterPort on a free port only links the port to the new tile', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('insertAfterPort', { from: 'split', port: 'otherwise', kind: 'exit' });
    expect(ed.edge('split', 'otherwise')?.to).toBe('exit-1');
    expect(ed.journey.edges).toHaveLength(4);
  });

  it('insertAfterPort refuses a port the tile does not have', () => {
    const ed = createTestEditor(sampleJourney());
    expect(ed.run('insertAfterPort', { from: 'entry', port: 'nope', kind: 'exit' })).toBe(false);
    expect(ed.canUndo).toBe(false);
  });

  it('connect links a free port, and re-points a port that already has an edge', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('connect', { from: 'split', port: 'fr', to: 'done' });
    expect(ed.edge('split', 'fr')?.to).toBe('done');
    ed.run('connect', { from: 'entry', port: 'next', to: 'split' });
    expect(ed.journey.edges.filter((e) => e.from === 'entry')).toEqual([{ id: 'e1', from: 'entry', port: 'next', to: 'split' }]);
    ed.undo();
    expect(ed.edge('entry', 'next')?.to).toBe('confirm');
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo(2);
    expect(ed.edge('split', 'fr')?.to).toBe('done');
    expect(ed.edge('entry', 'next')?.to).toBe('split');
  });

  it('connect refuses a tile to itself and unknown tiles or ports', () => {
    const ed = createTestEditor(sampleJourney());
    expect(ed.run('connect', { from: 'confirm', port: 'next', to: 'confirm' })).toBe(false);
    expect(ed.run('connect', { from: 'confirm', port: 'next', to: 'ghost' })).toBe(false);
    expect(ed.run('connect', { from: 'done', port: 'next', to: 'entry' })).toBe(false);
    expect(ed.canUndo).toBe(false);
  });

  it('reconnect moves an edge end and keeps its id; a port keeps one edge', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('reconnect', { edge: 'e3', to: 'entry' });
    expect(ed.journey.edges.find((e) => e.id === 'e3')).toEqual({ id: 'e3', from: 'split', port: 'opened', to: 'entry' });
    ed.run('reconnect', { edge: 'e3', from: 'entry', port: 'next', to: 'done' });
    expect(ed.journey.edges.filter((e) => e.from === 'entry')).toEqual([{ id: 'e3', from: 'entry', port: 'next', to: 'done' }]);
    ed.undo(2);
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo();
    expect(ed.journey.edges.find((e) => e.id === 'e3')?.to).toBe('entry');
  });

  it('disconnect removes the edge of a port', () => {
    const ed = createTestEditor(sampleJourney());
    ed.run('disconnect', { from: 'confirm', port: 'next' });
    expect(ed.edge('confirm', 'next')).toBeUndefined();
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo();
    expect(ed.edge('confirm', 'next')).toBeUndefined();
  });

  it('deleteSelection removes selected tiles with their edges, and selected edges', () => {
    const ed = createTestEditor(sampleJourney());
    ed.select('confirm');
    ed.run('deleteSelection');
    expect(ed.journey.tiles.map((t) => t.id)).toEqual(['entry', 'split', 'done']);
    expect(ed.journey.edges.map((e) => e.id)).toEqual(['e3']);
    expect(ed.selection.tiles).toEqual([]);
    ed.selectEdges('e3');
    ed.run('deleteSelection');
    expect(ed.journey.edges).toEqual([]);
    ed.undo();
    expect(ed.journey.edges.map((e) => e.id)).toEqual(['e3']);
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    expect(ed.selection.tiles).toEqual(['confirm']);
    ed.redo(2);
    expect(ed.journey.tiles).toHaveLength(3);
    expect(ed.journey.edges).toEqual([]);
  });

  it('deleteSelection with nothing selected is not an undo step', () => {
    const ed = createTestEditor(sampleJourney());
    expect(ed.run('deleteSelection')).toBe(false);
    expect(ed.canUndo).toBe(false);
  });
});
