import type { Journey, Tile } from '../domain/journey-schema';
import { copySelection, serializeClipboard } from './clipboard';
import type { CommandCall, CommandName } from './command-registry';
import { createEditorStore, type EditorStore } from './editor-store';
import type { Selection, XY } from './editor-types';

export function blankJourney(id = 'test-journey', name = 'Test journey'): Journey {
  return { schemaVersion: 1, id, name, timeZone: 'Europe/Paris', tiles: [], edges: [] } as Journey;
}

// Runs command sequences against a real store without a DOM, like a person would with the
// canvas: select, drag (many moves, one gesture), copy and paste through text.
export class TestEditor {
  readonly store: EditorStore;

  constructor(journey: Journey = blankJourney()) {
    this.store = createEditorStore(journey);
  }

  get journey(): Journey {
    return this.store.getState().journey;
  }
  get selection(): Selection {
    return this.store.getState().selection;
  }
  get canUndo(): boolean {
    return this.store.getState().past.length > 0;
  }
  get canRedo(): boolean {
    return this.store.getState().future.length > 0;
  }

  run<K extends CommandName>(name: K, ...args: CommandCall<K>): boolean {
    return this.store.getState().run(name, ...args);
  }
  undo(times = 1): this {
    for (let i = 0; i < times; i++) this.store.getState().undo();
    return this;
  }
  redo(times = 1): this {
    for (let i = 0; i < times; i++) this.store.getState().redo();
    return this;
  }
  select(...tiles: string[]): this {
    this.store.getState().select({ tiles, edges: [] });
    return this;
  }
  selectEdges(...edges: string[]): this {
    this.store.getState().select({ tiles: [], edges });
    return this;
  }
  tile<T extends Tile = Tile>(id: string): T {
    const tile = this.journey.tiles.find((t) => t.id === id);
    if (!tile) throw new Error(`no tile ${id}`);
    return tile as T;
  }
  edge(from: string, port: string) {
    return this.journey.edges.find((e) => e.from === from && e.port === port);
  }
  // A pointer drag: the tiles move by (dx, dy) in `steps` pointer moves, then the gesture ends.
  drag(ids: string[], dx: number, dy: number, steps = 5): this {
    const start = new Map(ids.map((id) => [id, this.tile(id).position ?? { x: 0, y: 0 }] as const));
    for (let s = 1; s <= steps; s++) {
      const positions: Record<string, XY> = {};
      for (const [id, p] of start) positions[id] = { x: p.x + (dx * s) / steps, y: p.y + (dy * s) / steps };
      this.run('moveTiles', { positions });
    }
    this.store.getState().breakCoalescing();
    return this;
  }
  copy(): string {
    const content = copySelection({ journey: this.journey, selection: this.selection });
    return content ? serializeClipboard(content) : '';
  }
  cut(): string {
    const text = this.copy();
    if (text) this.run('deleteSelection');
    return text;
  }
  paste(text: string, at?: XY): boolean {
    return this.run('paste', { text, at });
  }
}

export function createTestEditor(journey?: Journey): TestEditor {
  return new TestEditor(journey);
}
