import { portsOf } from '../domain/graph';
import type { Tile } from '../domain/journey-schema';

export type LabelledPort = { id: string; label: string };

export function portLabel(tile: Tile, port: string): string {
  if (port === 'next') return 'Next';
  if (port === 'triggered') return 'Triggered';
  if (port === 'timeout') return 'Timed out';
  if (port === 'otherwise') return 'Otherwise';
  if (tile.kind === 'condition') {
    const branch = tile.branches.find((b) => b.id === port);
    return branch?.label || port;
  }
  return port;
}

export function labelledPorts(tile: Tile): LabelledPort[] {
  return portsOf(tile).map((id) => ({ id, label: portLabel(tile, id) }));
}
