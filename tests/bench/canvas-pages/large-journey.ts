import type { Journey, Tile } from '../../../src/domain/journey-schema';

// A valid journey of `size` tiles for the canvas bench and screenshots: one long path
// (trigger, then emails and waits with a condition every tenth tile) folded into columns of 40
// tiles, so the view holds a realistic mix of tile kinds and edges.
export function largeJourney(size: number, id = `bench-${size}`): Journey {
  const perColumn = 40;
  const tiles: Tile[] = [];
  const edges: Journey['edges'] = [];
  const at = (i: number) => ({ x: Math.floor(i / perColumn) * 320, y: (i % perColumn) * 150 });
  tiles.push({
    id: 't0',
    kind: 'trigger',
    label: 'Registered',
    trigger: 'registration.created',
    where: { attr: 'trigger.eventId', op: 'eq', value: 'evt-launch' },
    position: at(0),
  });
  for (let i = 1; i < size - 1; i++) {
    const tileId = `t${i}`;
    if (i % 10 === 5) {
      tiles.push({
        id: tileId,
        kind: 'condition',
        label: `Split ${i}`,
        branches: [{ id: 'fr', label: 'In France', when: { attr: 'contact.country', op: 'eq', value: 'FR' } }],
        position: at(i),
      });
    } else if (i % 2 === 0) {
      tiles.push({ id: tileId, kind: 'wait', label: `Wait ${i}`, mode: 'duration', duration: 'P1D', position: at(i) });
    } else {
      tiles.push({ id: tileId, kind: 'email', label: `Email ${i}`, template: 'tpl-launch-confirmation', subject: `Step ${i}`, position: at(i) });
    }
  }
  tiles.push({ id: `t${size - 1}`, kind: 'exit', label: 'Done', position: at(size - 1) });
  for (let i = 0; i < size - 1; i++) {
    const from = tiles[i];
    // A condition continues on its first branch and also on "otherwise", merging on the next tile.
    if (from.kind === 'condition') {
      edges.push({ id: `e${i}a`, from: from.id, port: 'fr', to: tiles[i + 1].id });
      edges.push({ id: `e${i}b`, from: from.id, port: 'otherwise', to: tiles[i + 1].id });
    } else {
      edges.push({ id: `e${i}`, from: from.id, port: 'next', to: tiles[i + 1].id });
    }
  }
  return { schemaVersion: 1, id, name: `Bench journey (${size} tiles)`, timeZone: 'Europe/Paris', tiles, edges };
}
