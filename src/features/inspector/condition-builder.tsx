import { useId } from 'react';
import type { AttrCondition, Condition, FactCondition } from '../../domain/journey-schema';
import { attrOps } from '../../domain/journey-schema';
import { EventSelect } from './event-select';

export type BuilderContext = {
  // Attribute paths offered for completion (contact.*, trigger.*, event.*).
  attributes: readonly string[];
  // Email tiles that interaction facts can name.
  emailTiles: readonly { id: string; label: string }[];
};

type Kind = 'attr' | 'fact' | 'all' | 'any' | 'not';

const kindLabels: Record<Kind, string> = { attr: 'Attribute test', fact: 'Fact about the contact', all: 'All of', any: 'Any of', not: 'Not' };
const opLabels: Record<AttrCondition['op'], string> = {
  eq: 'equals', neq: 'does not equal', in: 'is one of', notIn: 'is none of', contains: 'contains', startsWith: 'starts with',
  exists: 'is set', notExists: 'is not set', gt: '>', gte: '≥', lt: '<', lte: '≤',
};
const facts: FactCondition['fact'][] = ['registered', 'checkedIn', 'emailSent', 'emailOpened', 'emailClicked'];
const factLabels: Record<FactCondition['fact'], string> = {
  registered: 'is registered for', checkedIn: 'checked in to', emailSent: 'was sent', emailOpened: 'opened', emailClicked: 'clicked in',
};

function kindOf(c: Condition): Kind {
  if ('all' in c) return 'all';
  if ('any' in c) return 'any';
  if ('not' in c) return 'not';
  if ('fact' in c) return 'fact';
  return 'attr';
}

export function defaultCondition(kind: Kind, ctx: BuilderContext): Condition {
  switch (kind) {
    case 'attr': return { attr: ctx.attributes[0] ?? 'contact.email', op: 'exists' };
    case 'fact': return { fact: 'registered', event: 'trigger' };
    case 'all': return { all: [] };
    case 'any': return { any: [] };
    case 'not': return { not: { attr: 'contact.email', op: 'exists' } };
  }
}

function scalar(text: string): string | number | boolean {
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

function withOp(c: AttrCondition, op: AttrCondition['op']): AttrCondition {
  const current = 'value' in c ? c.value : undefined;
  const text = Array.isArray(current) ? current.join(', ') : current === undefined || current === null ? '' : String(current);
  if (op === 'exists' || op === 'notExists') return { attr: c.attr, op };
  if (op === 'in' || op === 'notIn') return { attr: c.attr, op, value: text ? text.split(',').map((s) => scalar(s.trim())) : [] };
  if (op === 'contains' || op === 'startsWith') return { attr: c.attr, op, value: text };
  if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') {
    const v = scalar(text);
    return { attr: c.attr, op, value: typeof v === 'number' ? v : text };
  }
  return { attr: c.attr, op, value: scalar(text) as string | number | boolean };
}

function valueText(c: AttrCondition): string {
  if (!('value' in c)) return '';
  if (Array.isArray(c.value)) return c.value.join(', ');
  return c.value === null ? '' : String(c.value);
}

type Props = { value: Condition; onChange(next: Condition): void; onRemove?(): void; ctx: BuilderContext; label: string; depth?: number };

// all / any / not groups, attribute tests and facts, nested as deep as needed.
export function ConditionBuilder({ value, onChange, onRemove, ctx, label, depth = 0 }: Props) {
  const id = useId();
  const kind = kindOf(value);
  return (
    <div className={`cond cond-depth-${Math.min(depth, 3)}`} role="group" aria-label={label}>
      <div className="insp-row">
        <select aria-label={`${label}: kind`} value={kind} onChange={(e) => onChange(defaultCondition(e.target.value as Kind, ctx))}>
          {(Object.keys(kindLabels) as Kind[]).map((k) => (
            <option key={k} value={k}>{kindLabels[k]}</option>
          ))}
        </select>
        {onRemove && <button type="button" className="insp-remove" onClick={onRemove} aria-label={`Remove ${label}`}>Remove</button>}
      </div>
      {kind === 'attr' && (() => {
        const c = value as AttrCondition;
        return (
          <div className="insp-row cond-attr">
            <input aria-label={`${label}: attribute`} list={`${id}-attrs`} value={c.attr} onChange={(e) => onChange({ ...c, attr: e.target.value } as AttrCondition)} />
            <datalist id={`${id}-attrs`}>
              {ctx.attributes.map((a) => <option key={a} value={a} />)}
            </datalist>
            <select aria-label={`${label}: operator`} value={c.op} onChange={(e) => onChange(withOp(c, e.target.value as AttrCondition['op']))}>
              {attrOps.map((op) => <option key={op} value={op}>{opLabels[op]}</option>)}
            </select>
            {c.op !== 'exists' && c.op !== 'notExists' && (
              <input
                aria-label={`${label}: value${c.op === 'in' || c.op === 'notIn' ? ' (comma-separated)' : ''}`}
                value={valueText(c)}
                onChange={(e) => onChange(withOp({ attr: c.attr, op: 'contains', value: e.target.value }, c.op))}
              />
            )}
          </div>
        );
      })()}
      {kind === 'fact' && (() => {
        const c = value as FactCondition;
        return (
          <div className="insp-row">
            <span>The contact</span>
            <select
              aria-label={`${label}: fact`}
              value={c.fact}
              onChange={(e) => {
                const fact = e.target.value as FactCondition['fact'];
                onChange(fact === 'registered' || fact === 'checkedIn'
                  ? { fact, event: 'event' in c ? c.event : 'trigger' }
                  : { fact, tile: 'tile' in c ? c.tile : ctx.emailTiles[0]?.id ?? '' } as FactCondition);
              }}
            >
              {facts.map((f) => <option key={f} value={f}>{factLabels[f]}</option>)}
            </select>
            {'event' in c ? (
              <EventSelect label={`${label}: event`} value={c.event} onChange={(event) => onChange({ ...c, event })} />
            ) : (
              <select aria-label={`${label}: email tile`} value={c.tile} onChange={(e) => onChange({ ...c, tile: e.target.value })}>
                {!ctx.emailTiles.some((t) => t.id === c.tile) && <option value={c.tile}>{c.tile || 'choose an email'}</option>}
                {ctx.emailTiles.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
              </select>
            )}
          </div>
        );
      })()}
      {(kind === 'all' || kind === 'any') && (() => {
        const list = 'all' in value ? value.all : 'any' in value ? value.any : [];
        const set = (next: Condition[]) => onChange(kind === 'all' ? { all: next } : { any: next });
        return (
          <div className="cond-children">
            {list.length === 0 && <p className="insp-hint">{kind === 'all' ? 'Empty: always holds.' : 'Empty: never holds.'}</p>}
            {list.map((child, i) => (
              <ConditionBuilder
                key={i}
                value={child}
                ctx={ctx}
                depth={depth + 1}
                label={`${label}, part ${i + 1}`}
                onChange={(c) => set(list.map((x, j) => (j === i ? c : x)))}
                onRemove={() => set(list.filter((_, j) => j !== i))}
              />
            ))}
            <button type="button" onClick={() => set([...list, defaultCondition('attr', ctx)])}>Add a part to {label}</button>
          </div>
        );
      })()}
      {kind === 'not' && 'not' in value && (
        <div className="cond-children">
          <ConditionBuilder value={value.not} ctx={ctx} depth={depth + 1} label={`${label}, negated`} onChange={(c) => onChange({ not: c })} />
        </div>
      )}
    </div>
  );
}

// An optional `where`: absent means "every signal of that trigger".
/** `value` with its optional `where` set, or removed when there is none (the schema has no `where: undefined`). */
export function withWhere<T extends { where?: Condition }>(value: T, where: Condition | undefined): T {
  const next = { ...value, where };
  if (!where) delete next.where;
  return next;
}

export function OptionalCondition({ value, onChange, ctx, label }: { value: Condition | undefined; onChange(c: Condition | undefined): void; ctx: BuilderContext; label: string }) {
  if (!value) {
    return (
      <div className="insp-field">
        <span className="insp-label">{label}</span>
        <p className="insp-hint">No filter: every signal counts.</p>
        <button type="button" onClick={() => onChange(defaultCondition('attr', ctx))}>Add a filter to {label}</button>
      </div>
    );
  }
  return (
    <div className="insp-field">
      <span className="insp-label">{label}</span>
      <ConditionBuilder value={value} onChange={onChange} ctx={ctx} label={label} onRemove={() => onChange(undefined)} />
    </div>
  );
}
