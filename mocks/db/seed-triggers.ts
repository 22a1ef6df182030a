import type { TriggerDefinition } from '../../src/domain/catalog';

/** Two custom triggers (one ready, one still a draft) and one record-change trigger. */
export const seedTriggers: TriggerDefinition[] = [
  {
    id: 'custom.whitepaper',
    kind: 'custom',
    name: 'White paper downloaded',
    status: 'ready',
    attributes: [{ name: 'paperId', type: 'string' }],
  },
  {
    id: 'custom.webinar-feedback',
    kind: 'custom',
    name: 'Webinar feedback submitted',
    status: 'draft',
    attributes: [
      { name: 'rating', type: 'number' },
      { name: 'comment', type: 'string' },
    ],
  },
  {
    id: 'record.incident-status',
    kind: 'record-change',
    name: 'Incident status updated',
    status: 'ready',
    table: 'incident',
    audience: 'customerId',
    action: 'updated',
    columns: ['statusCode'],
  },
];
