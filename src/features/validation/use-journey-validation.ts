import { useMemo } from 'react';
import type { Journey } from '../../domain/journey-schema';
import type { Finding } from '../../domain/findings';
import { validateParsed, type ValidationContext } from '../../domain/validate';
import { useEmailTemplates } from '../../api/list-email-templates';
import { toCatalogEvent, useEvents } from '../../api/list-events';
import { triggerDefinitionsOf, useTriggers } from '../../api/list-triggers';

// The catalog, the custom triggers and the templates the validator checks against, from the API.
// Until a list has loaded the validator is not given it, so it never reports "unknown" for data
// that simply has not arrived yet.
export function useValidationContext(): ValidationContext & { loading: boolean } {
  const triggers = useTriggers();
  const events = useEvents();
  const templates = useEmailTemplates();
  return useMemo(
    () => ({
      catalog: {
        events: events.data?.map(toCatalogEvent) ?? [],
        ...(triggers.data ? { triggers: triggerDefinitionsOf(triggers.data) } : {}),
      },
      ...(templates.data ? { templates: templates.data.map((t) => t.id) } : {}),
      loading: triggers.isPending || events.isPending || templates.isPending,
    }),
    [triggers.data, events.data, templates.data, triggers.isPending, events.isPending, templates.isPending],
  );
}

export type ValidationResult = {
  findings: Finding[];
  errors: Finding[];
  warnings: Finding[];
  badges: ReadonlyMap<string, 'error' | 'warning'>;
};

export function summarizeFindings(findings: Finding[]): ValidationResult {
  const badges = new Map<string, 'error' | 'warning'>();
  for (const f of findings) {
    if (!f.tile) continue;
    if (f.severity === 'error' || !badges.has(f.tile)) badges.set(f.tile, f.severity);
  }
  return {
    findings,
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
    badges,
  };
}

// Re-validates on every edit that changes more than positions (`structureVersion`): a drag does
// not re-run the rules 60 times a second.
export function useJourneyValidation(store: { getState(): { journey: Journey } }, structureVersion: number, context: ValidationContext): ValidationResult {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const source = useMemo(() => store.getState().journey, [store, structureVersion]);
  return useMemo(() => summarizeFindings(validateParsed(source, context)), [source, context]);
}
