import type { Journey } from '../domain/journey-schema';

// A small registration journey used by the editor's tests: entry → email → condition
// (two branches + otherwise) with positions, so moves and pastes can be checked exactly.
export function sampleJourney(): Journey {
  return {
    schemaVersion: 1,
    id: 'sample',
    name: 'Sample',
    timeZone: 'Europe/Paris',
    tiles: [
      { id: 'entry', kind: 'trigger', trigger: 'registration.created', position: { x: 0, y: 0 } },
      { id: 'confirm', kind: 'email', template: 'tpl-confirm', subject: 'Hi {{contact.firstName}}', position: { x: 0, y: 160 } },
      {
        id: 'split',
        kind: 'condition',
        position: { x: 0, y: 320 },
        branches: [
          { id: 'opened', label: 'Opened', when: { fact: 'emailOpened', tile: 'confirm' } },
          { id: 'fr', when: { attr: 'contact.country', op: 'eq', value: 'FR' } },
        ],
      },
      { id: 'done', kind: 'exit', position: { x: 0, y: 480 } },
    ],
    edges: [
      { id: 'e1', from: 'entry', port: 'next', to: 'confirm' },
      { id: 'e2', from: 'confirm', port: 'next', to: 'split' },
      { id: 'e3', from: 'split', port: 'opened', to: 'done' },
    ],
  };
}
