import { attributeTypes, type TriggerDefinition } from '../../domain/catalog';
import type { CreateTriggerBody } from '../../api/create-trigger';
import type { UpdateTriggerBody } from '../../api/update-trigger';

export type AttributeType = (typeof attributeTypes)[number];
export type RecordAction = 'created' | 'updated' | 'createdOrUpdated';

export type AttributeRow = { key: number; name: string; type: AttributeType };

/** What the define / edit form holds, as typed (strings, not yet a trigger). */
export type TriggerFormState = {
  kind: 'custom' | 'record-change';
  name: string;
  attributes: AttributeRow[];
  table: string;
  audience: string;
  action: RecordAction;
  /** Comma-separated column names. */
  columns: string;
};

export type TriggerFormErrors = Partial<Record<'name' | 'table' | 'audience' | 'columns' | `attribute-${number}`, string>>;

export const attributeTypeLabels: Record<AttributeType, string> = {
  string: 'Text',
  number: 'Number',
  boolean: 'Yes / no',
  datetime: 'Date and time',
};

export const actionLabels: Record<RecordAction, string> = {
  created: 'Created',
  updated: 'Updated',
  createdOrUpdated: 'Created or updated',
};

export function emptyTriggerForm(kind: TriggerFormState['kind'] = 'custom'): TriggerFormState {
  return { kind, name: '', attributes: [], table: '', audience: '', action: 'updated', columns: '' };
}

export function triggerFormFrom(t: TriggerDefinition): TriggerFormState {
  if (t.kind === 'custom') {
    return { ...emptyTriggerForm('custom'), name: t.name, attributes: t.attributes.map((a, i) => ({ key: i, ...a })) };
  }
  return {
    ...emptyTriggerForm('record-change'),
    name: t.name,
    table: t.table,
    audience: t.audience,
    action: t.action,
    columns: t.columns.join(', '),
  };
}

export function parseColumns(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

// Attribute and column names end up in condition paths (`trigger.paperId`): keep them path-safe.
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function validateTriggerForm(state: TriggerFormState): TriggerFormErrors {
  const errors: TriggerFormErrors = {};
  if (!state.name.trim()) errors.name = 'Give the trigger a name.';
  else if (state.name.trim().length > 120) errors.name = 'The name can have at most 120 characters.';
  if (state.kind === 'custom') {
    const seen = new Set<string>();
    for (const row of state.attributes) {
      const name = row.name.trim();
      if (!name) errors[`attribute-${row.key}`] = 'Name the attribute, or remove it.';
      else if (!namePattern.test(name)) errors[`attribute-${row.key}`] = 'Use letters, digits and _ only, starting with a letter (e.g. paperId).';
      else if (seen.has(name)) errors[`attribute-${row.key}`] = `“${name}” is already an attribute of this trigger.`;
      seen.add(name);
    }
  } else {
    if (!state.table.trim()) errors.table = 'Which table of the customer database? (e.g. incident)';
    if (!state.audience.trim()) errors.audience = 'Which attribute of that table holds the contact? (e.g. customerId)';
    const bad = parseColumns(state.columns).find((c) => !namePattern.test(c));
    if (state.action !== 'created' && bad) errors.columns = `“${bad}” is not a column name.`;
  }
  return errors;
}

export function hasErrors(errors: TriggerFormErrors): boolean {
  return Object.keys(errors).length > 0;
}

export function toCreateBody(state: TriggerFormState): CreateTriggerBody {
  if (state.kind === 'custom') {
    return { kind: 'custom', name: state.name.trim(), attributes: state.attributes.map((a) => ({ name: a.name.trim(), type: a.type })) };
  }
  return {
    kind: 'record-change',
    name: state.name.trim(),
    table: state.table.trim(),
    audience: state.audience.trim(),
    action: state.action,
    // Columns only make sense for updates; a created-only trigger has none.
    columns: state.action === 'created' ? [] : parseColumns(state.columns),
  };
}

export function toUpdateBody(state: TriggerFormState): UpdateTriggerBody {
  const { kind: _kind, ...body } = toCreateBody(state);
  return body;
}
