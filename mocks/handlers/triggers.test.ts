import { describe, expect, it } from 'vitest';
import { createTrigger } from '../../src/api/create-trigger';
import { listTriggers, triggerDefinitionsOf } from '../../src/api/list-triggers';
import { updateTrigger } from '../../src/api/update-trigger';
import { builtInTriggers } from '../../src/domain/catalog';
import { setScenario } from '../scenarios';
import { setupMockServer } from '../use-mock-server';
import { rejection } from './api-rejection';

setupMockServer();

describe('GET /triggers', () => {
  it('lists built-in business and interaction triggers (ready) and the user-defined ones', async () => {
    const all = await listTriggers();
    expect(all).toHaveLength(builtInTriggers.length + 3);
    expect(all.find((t) => t.id === 'email.opened')).toMatchObject({ kind: 'interaction', status: 'ready' });
    expect(all.find((t) => t.id === 'registration.created')).toMatchObject({ kind: 'business' });
    expect(triggerDefinitionsOf(all).map((t) => [t.id, t.status])).toEqual([
      ['custom.whitepaper', 'ready'],
      ['custom.webinar-feedback', 'draft'],
      ['record.incident-status', 'ready'],
    ]);
  });

  it('pages the catalog 20 at a time; listTriggers follows the cursors to the end', async () => {
    for (let i = 1; i <= 6; i += 1) await createTrigger({ kind: 'custom', name: `Signal ${i}`, attributes: [] });
    const total = builtInTriggers.length + 3 + 6;
    const page = await (await fetch('http://localhost/api/triggers')).json();
    expect(page.items).toHaveLength(20);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(await listTriggers()).toHaveLength(total);
  });
});

describe('POST /triggers', () => {
  it('defines a custom trigger as a draft with an id made from its name: 201', async () => {
    const response = await fetch('http://localhost/api/triggers', {
      method: 'POST',
      body: JSON.stringify({ kind: 'custom', name: 'Demo requested', attributes: [{ name: 'product', type: 'string' }] }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('Location')).toBe('/api/triggers/custom.demo-requested');
    expect(await response.json()).toMatchObject({ id: 'custom.demo-requested', status: 'draft' });
  });

  it('defines a record-change trigger and refuses an id that exists (409) or a malformed body (400)', async () => {
    const created = await createTrigger({
      kind: 'record-change',
      name: 'Opportunity won',
      table: 'opportunity',
      audience: 'contactId',
      action: 'updated',
      columns: ['stage'],
    });
    expect(created.id).toBe('record.opportunity-won');
    const taken = await rejection(createTrigger({ kind: 'custom', id: 'custom.whitepaper', name: 'Again', attributes: [] }));
    expect(taken).toMatchObject({ status: 409, code: 'trigger-exists' });
    const malformed = await rejection(createTrigger({ kind: 'custom', name: 'No attributes' } as never));
    expect(malformed.status).toBe(400);
    expect(malformed.details).toMatchObject({ issues: [{ path: 'attributes' }] });
  });
});

describe('PATCH /triggers/:id', () => {
  it('edits a trigger and marks it ready', async () => {
    const ready = await updateTrigger('custom.webinar-feedback', { name: 'Feedback sent', status: 'ready' });
    expect(ready).toMatchObject({ name: 'Feedback sent', status: 'ready', kind: 'custom' });
    const all = await listTriggers();
    expect(all.find((t) => t.id === 'custom.webinar-feedback')).toMatchObject({ status: 'ready' });
  });

  it('refuses fields of the other kind, built-in triggers and unknown ids', async () => {
    expect(await rejection(updateTrigger('custom.whitepaper', { table: 'incident' }))).toMatchObject({ status: 400 });
    expect(await rejection(updateTrigger('email.opened', { name: 'x' }))).toMatchObject({ status: 409, code: 'trigger-built-in' });
    expect((await rejection(updateTrigger('custom.ghost', { name: 'x' }))).status).toBe(404);
  });

  it('answers 409 with the current trigger on the next save in the conflict scenario, then saves', async () => {
    setScenario('conflict', { remember: false });
    const error = await rejection(updateTrigger('custom.webinar-feedback', { status: 'ready' }));
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({ current: { id: 'custom.webinar-feedback', status: 'draft' } });
    await expect(updateTrigger('custom.webinar-feedback', { status: 'ready' })).resolves.toMatchObject({ status: 'ready' });
  });
});
