import type { Tile, TileKind } from '../domain/journey-schema';
import type { XY } from './editor-types';

export type { TileKind };
export const tileKinds: readonly TileKind[] = ['trigger', 'email', 'wait', 'condition', 'exit'];

export const tileKindNames: Record<TileKind, string> = {
  trigger: 'Trigger',
  email: 'Email',
  wait: 'Wait',
  condition: 'Condition',
  exit: 'Exit',
};

// A new tile is the smallest useful one of its kind; what it still lacks (an email template)
// shows up as a validation finding rather than being invented.
export function createTile(kind: TileKind, id: string, position?: XY): Tile {
  const at = position ? { position: { x: Math.round(position.x), y: Math.round(position.y) } } : {};
  switch (kind) {
    case 'trigger':
      return { id, kind, trigger: 'registration.created', ...at } as Tile;
    case 'email':
      return { id, kind, subject: '', ...at } as Tile;
    case 'wait':
      return { id, kind, mode: 'duration', duration: 'P1D', ...at } as Tile;
    case 'condition':
      return {
        id,
        kind,
        branches: [{ id: 'branch-1', label: 'Branch 1', when: { attr: 'contact.email', op: 'exists' } }],
        ...at,
      } as Tile;
    case 'exit':
      return { id, kind, ...at } as Tile;
  }
}
