import { useTriggers, type CatalogTrigger } from '../../api/list-triggers';
import { builtInTriggers } from '../../domain/catalog';

const families: { kind: CatalogTrigger['kind']; label: string }[] = [
  { kind: 'business', label: 'Business' },
  { kind: 'custom', label: 'Custom' },
  { kind: 'record-change', label: 'Record change' },
  { kind: 'interaction', label: 'Interaction' },
];

type Props = {
  id: string;
  value: string;
  onChange(id: string): void;
  // Entry, exit and goal triggers cannot be interactions (email opened / clicked).
  forbidInteraction?: string;
  describedBy?: string;
};

// The catalog grouped by family; what cannot be chosen here stays visible, disabled, with why.
export function TriggerSelect({ id, value, onChange, forbidInteraction, describedBy }: Props) {
  const triggers = useTriggers();
  const items: CatalogTrigger[] =
    triggers.data ?? builtInTriggers.map((t) => ({ id: t.id, name: t.name, attributes: t.attributes, kind: t.family, status: 'ready' as const }));
  const known = items.some((t) => t.id === value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
      {!known && <option value={value}>{value} (unknown trigger)</option>}
      {families.map((family) => {
        const members = items.filter((t) => t.kind === family.kind);
        if (members.length === 0) return null;
        return (
          <optgroup key={family.kind} label={family.label}>
            {members.map((t) => {
              const interaction = family.kind === 'interaction' && forbidInteraction;
              const draft = t.status !== 'ready';
              const reason = interaction ? ` — ${forbidInteraction}` : draft ? ' — draft: mark it ready first' : '';
              return (
                <option key={t.id} value={t.id} disabled={Boolean(interaction || draft) && t.id !== value}>
                  {t.name}
                  {reason}
                </option>
              );
            })}
          </optgroup>
        );
      })}
    </select>
  );
}

export function useTriggerAttributes(triggerId: string): string[] {
  const triggers = useTriggers();
  const found = triggers.data?.find((t) => t.id === triggerId);
  if (found) {
    if (found.kind === 'record-change') return found.columns;
    return found.attributes.map((a) => a.name);
  }
  return builtInTriggers.find((t) => t.id === triggerId)?.attributes.map((a) => a.name) ?? [];
}
