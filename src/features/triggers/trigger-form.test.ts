import { describe, expect, it } from 'vitest';
import { emptyTriggerForm, toCreateBody, triggerFormFrom, validateTriggerForm, toUpdateBody } from './trigger-form';

describe('trigger form', () => {
  it('requires a name, and named, path-safe, unique attributes', () => {
    const state = {
      ...emptyTriggerForm('custom'),
      attributes: [
        { key: 0, name: 'paperId', type: 'string' as const },
        { key: 1, name: 'paperId', type: 'number' as const },
        { key: 2, name: 'bad name', type: 'string' as const },
        { key: 3, name: '', type: 'string' as const },
      ],
    };
    const errors = validateTriggerForm(state);
    expect(errors.name).toBeDefined();
    expect(errors['attribute-0']).toBeUndefined();
    expect(errors['attribute-1']).toMatch(/already/);
    expect(errors['attribute-2']).toMatch(/letters/);
    expect(errors['attribute-3']).toMatch(/Name the attribute/);
  });

  it('builds a record-change body; columns are dropped for a created-only trigger', () => {
    const state = { ...emptyTriggerForm('record-change'), name: ' Incident resolved ', table: 'incident', audience: 'customerId', columns: 'statusCode, priority' };
    expect(validateTriggerForm(state)).toEqual({});
    expect(toCreateBody(state)).toEqual({
      kind: 'record-change',
      name: 'Incident resolved',
      table: 'incident',
      audience: 'customerId',
      action: 'updated',
      columns: ['statusCode', 'priority'],
    });
    expect(toCreateBody({ ...state, action: 'created' })).toMatchObject({ columns: [] });
  });

  it('round-trips an existing trigger into the form and back into an update without its kind', () => {
    const state = triggerFormFrom({
      id: 'custom.whitepaper',
      kind: 'custom',
      name: 'White paper downloaded',
      status: 'draft',
      attributes: [{ name: 'paperId', type: 'string' }],
    });
    expect(toUpdateBody(state)).toEqual({ name: 'White paper downloaded', attributes: [{ name: 'paperId', type: 'string' }] });
  });
});
