import { describe, expect, it } from 'vitest';
import type { ConditionTile } from '../domain/journey-schema';
import { blankJourney, createTestEditor } from './test-editor';
import { sampleJourney } from './testing-journeys';

describe('copy, cut and paste', () => {
  it('copies the selected tiles and only the edges between them', () => {
    const ed = createTestEditor(sampleJourney());
    ed.select('confirm', 'split');
    const content = JSON.parse(ed.copy());
    expect(content.format).toBe('journey-designer/tiles');
    expect(content.tiles.map((t: { id: string }) => t.id)).toEqual(['confirm', 'split']);
    expect(content.edges.map((e: { id: string }) => e.id)).toEqual(['e2']);
  });

  it('pasting into the same journey remaps ids, references and edges, and offsets the copies', () => {
    const ed = createTestEditor(sampleJourney());
    ed.select('confirm', 'split');
    const text = ed.copy();
    ed.paste(text);
    expect(ed.selection.tiles).toEqual(['confirm-1', 'split-1']);
    expect(ed.tile('confirm-1').position).toEqual({ x: 40, y: 200 });
    expect(ed.edge('confirm-1', 'next')?.to).toBe('split-1');
    // The fact pointed at the copied email, so it follows the copy.
    expect(ed.tile<ConditionTile>('split-1').branches[0].when).toEqual({ fact: 'emailOpened', tile: 'confirm-1' });
    const ids = ed.journey.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    ed.undo();
    expect(ed.journey).toEqual(sampleJourney());
    ed.redo();
    expect(ed.journey.tiles).toHaveLength(6);
  });

  it('pastes into another journey keeping ids that are free there, at the pointer', () => {
    const source = createTestEditor(sampleJourney());
    source.select('entry', 'confirm', 'split');
    const text = source.copy();
    const target = createTestEditor(blankJourney('other'));
    target.paste(text, { x: 500, y: 500 });
    expect(target.journey.tiles.map((t) => t.id)).toEqual(['entry', 'confirm', 'split']);
    expect(target.tile('entry').position).toEqual({ x: 500, y: 500 });
    expect(target.tile('split').position).toEqual({ x: 500, y: 820 });
    expect(target.journey.edges).toHaveLength(2);
  });

  it('cut removes what it copied, as one step', () => {
    const ed = createTestEditor(sampleJourney());
    ed.select('done');
    const text = ed.cut();
    expect(ed.journey.tiles.map((t) => t.id)).not.toContain('done');
    ed.paste(text);
    expect(ed.tile('done').position).toEqual({ x: 0, y: 480 });
    ed.undo(2);
    expect(ed.journey).toEqual(sampleJourney());
  });

  it('ignores text that is not tiles', () => {
    const ed = createTestEditor(sampleJourney());
    expect(ed.paste('hello')).toBe(false);
    expect(ed.paste('{"tiles":[{"id":"x","kind":"nope"}],"edges":[]}')).toBe(false);
    expect(ed.canUndo).toBe(false);
  });

  it('accepts a whole journey document as clipboard text', () => {
    const ed = createTestEditor(blankJourney());
    expect(ed.paste(JSON.stringify(sampleJourney()))).toBe(true);
    expect(ed.journey.tiles).toHaveLength(4);
  });
});
