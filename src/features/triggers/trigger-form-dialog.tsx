import { useRef, useState, type FormEvent } from 'react';
import { useCreateTrigger } from '../../api/create-trigger';
import { useUpdateTrigger } from '../../api/update-trigger';
import { attributeTypes, type TriggerDefinition } from '../../domain/catalog';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { FormField } from '../../components/form-field';
import { InlineError } from '../../components/states';
import {
  actionLabels,
  attributeTypeLabels,
  emptyTriggerForm,
  hasErrors,
  toCreateBody,
  toUpdateBody,
  triggerFormFrom,
  validateTriggerForm,
  type AttributeType,
  type RecordAction,
  type TriggerFormErrors,
  type TriggerFormState,
} from './trigger-form';

export type TriggerFormDialogProps = {
  /** `null`: define a new trigger; otherwise edit this one. */
  editing: TriggerDefinition | null;
  open: boolean;
  onClose: () => void;
  onSaved?: (trigger: TriggerDefinition) => void;
};

/** Mounted fresh each time it opens (keyed by the caller), so its state starts from `editing`. */
export function TriggerFormDialog({ editing, open, onClose, onSaved }: TriggerFormDialogProps) {
  const [form, setForm] = useState<TriggerFormState>(() => (editing ? triggerFormFrom(editing) : emptyTriggerForm()));
  const [errors, setErrors] = useState<TriggerFormErrors>({});
  const nextKey = useRef(form.attributes.length);
  const create = useCreateTrigger();
  const update = useUpdateTrigger();
  const pending = create.isPending || update.isPending;
  const failure = create.error ?? update.error;

  const set = <K extends keyof TriggerFormState>(key: K, value: TriggerFormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setAttr = (key: number, patch: Partial<{ name: string; type: AttributeType }>) =>
    setForm((f) => ({ ...f, attributes: f.attributes.map((a) => (a.key === key ? { ...a, ...patch } : a)) }));

  const close = () => {
    if (!pending) onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateTriggerForm(form);
    setErrors(found);
    if (hasErrors(found)) return;
    // On failure nothing is reset: the dialog keeps every field as typed.
    const done = { onSuccess: (t: TriggerDefinition) => (onSaved?.(t), onClose()) };
    if (editing) update.mutate({ id: editing.id, body: toUpdateBody(form) }, done);
    else create.mutate(toCreateBody(form), done);
  };

  const title = editing ? `Edit “${editing.name}”` : 'Define a trigger';
  return (
    <Dialog
      open={open}
      title={title}
      onClose={close}
      size="large"
      footer={
        <>
          <Button onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="trigger-form" busy={pending}>
            {editing ? 'Save changes' : 'Save as draft'}
          </Button>
        </>
      }
    >
      <form id="trigger-form" onSubmit={submit} noValidate>
        {editing ? null : (
          <fieldset className="fieldset">
            <legend>Kind of trigger</legend>
            <label className="radio-row">
              <input type="radio" name="trigger-kind" checked={form.kind === 'custom'} onChange={() => set('kind', 'custom')} />
              <span>
                <strong>Custom</strong>
                <span className="muted"> · sent by your website or app, with the attributes you define</span>
              </span>
            </label>
            <label className="radio-row">
              <input type="radio" name="trigger-kind" checked={form.kind === 'record-change'} onChange={() => set('kind', 'record-change')} />
              <span>
                <strong>Record change</strong>
                <span className="muted"> · fires when a row of a customer-database table is created or updated</span>
              </span>
            </label>
          </fieldset>
        )}

        <FormField label="Name" required error={errors.name}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={form.name}
              maxLength={120}
              autoComplete="off"
              placeholder={form.kind === 'custom' ? 'e.g. White paper downloaded' : 'e.g. Incident status updated'}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </FormField>

        {form.kind === 'custom' ? (
          <fieldset className="fieldset">
            <legend>Attributes</legend>
            <p className="field-hint">Each attribute is available to conditions and emails as trigger.&lt;name&gt;.</p>
            {form.attributes.length === 0 ? <p className="muted">No attributes: the signal only says who and when.</p> : null}
            {form.attributes.map((row, index) => (
              <div className="attr-row" key={row.key}>
                <FormField label={`Attribute ${index + 1} name`} error={errors[`attribute-${row.key}`]}>
                  {(p) => (
                    <input {...p} className="input" value={row.name} autoComplete="off" onChange={(e) => setAttr(row.key, { name: e.target.value })} />
                  )}
                </FormField>
                <FormField label={`Attribute ${index + 1} type`}>
                  {(p) => (
                    <select {...p} className="select" value={row.type} onChange={(e) => setAttr(row.key, { type: e.target.value as AttributeType })}>
                      {attributeTypes.map((t) => (
                        <option key={t} value={t}>
                          {attributeTypeLabels[t]}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <Button
                  variant="ghost"
                  aria-label={`Remove attribute ${index + 1}${row.name ? ` (${row.name})` : ''}`}
                  onClick={() => set('attributes', form.attributes.filter((a) => a.key !== row.key))}
                >
                  Remove
                </Button>
              </div>
            ))}
            <Button
              onClick={() => {
                const key = nextKey.current++;
                set('attributes', [...form.attributes, { key, name: '', type: 'string' }]);
              }}
            >
              Add attribute
            </Button>
          </fieldset>
        ) : (
          <>
            <div className="grid-2">
              <FormField label="Table" required error={errors.table} hint="The table of the customer database, e.g. incident.">
                {(p) => <input {...p} className="input" value={form.table} autoComplete="off" onChange={(e) => set('table', e.target.value)} />}
              </FormField>
              <FormField label="Audience attribute" required error={errors.audience} hint="The column that holds the contact, e.g. customerId.">
                {(p) => <input {...p} className="input" value={form.audience} autoComplete="off" onChange={(e) => set('audience', e.target.value)} />}
              </FormField>
            </div>
            <FormField label="Action">
              {(p) => (
                <select {...p} className="select" value={form.action} onChange={(e) => set('action', e.target.value as RecordAction)}>
                  {(Object.keys(actionLabels) as RecordAction[]).map((a) => (
                    <option key={a} value={a}>
                      {actionLabels[a]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {form.action !== 'created' ? (
              <FormField label="Columns that must change" error={errors.columns} hint="Separated by commas. Leave empty to fire on any update.">
                {(p) => <input {...p} className="input" value={form.columns} autoComplete="off" placeholder="statusCode" onChange={(e) => set('columns', e.target.value)} />}
              </FormField>
            ) : null}
          </>
        )}
        <InlineError error={failure} title={editing ? 'The changes were not saved.' : 'The trigger was not saved.'} />
      </form>
    </Dialog>
  );
}
