import { useMemo } from 'react';
import type { Journey } from '../../domain/journey-schema';
import type { Finding } from '../../domain/findings';
import { validateParsed, type ValidationContext } from '../../domain/validate';
import { useEmailTemplates } from '../../api/list-email-templates';
import { toCatalogEvent, useEvents } from '../../api/list-events';
import { triggerDefinitionsOf, useTriggers } from '../../api/list-triggers';

type ListStatus = 'pending' | 'error' | 'success';
export type EditorValidationContext = ValidationContext & { loading: boolean; notice: string | null };

/** What the checks cannot cover while the API's lists are loading or after they failed, in one sentence. */
export function validationNotice(lists: { triggers: ListStatus; events: ListStatus; templates: ListStatus }): string | null {
  const names = { triggers: 'custom triggers', events: 'events', templates: 'email templates' } as const;
  const failed = (Object.keys(names) as (keyof typeof names)[]).filter((k) => lists[k] === 'error').map((k) => names[k]);
  if (failed.length > 0) return `The ${failed.join(' and ')} could not be loaded, so they are not checked; reload the page to try again.`;
  const pending = (Object.keys(names) as (keyof typeof names)[]).filter((k) => lists[k] === 'pending').map((k) => names[k]);
  return pending.length > 0 ? `Loading the ${pending.join(' and ')}: they are checked as soon as they arrive.` : null;
}

/**
 * Findings the editor shows: without the trigger list (still loading, or failed) a trigger that
 * is not built in cannot be judged, so "unknown trigger" is left out rather than shown wrongly.
 */
export function visibleFindings(findings: Finding[], context: ValidationContext): Finding[] {
  return context.catalog?.triggers === undefined ? findings.filter((f) => f.code !== 'trigger-unknown') : findings;
}

// The catalog, the custom triggers and the templates the validator checks against, from the API.
// Until a list has loaded the validator is not given it, so it never reports "unknown" for data
// that simply has not arrived yet; `notice` says what is not checked and why.
export function useValidationContext(): EditorValidationContext {
  const triggers = useTriggers();
  const events = useEvents();
  const templates = useEmailTemplates();
  return useMemo(
    () => ({
      catalog: {
        ...(events.data ? { events: events.data.map(toCatalogEvent) } : {}),
        ...(triggers.data ? { triggers: triggerDefinitionsOf(triggers.data) } : {}),
      },
      ...(templates.data ? { templates: templates.data.map((t) => t.id) } : {}),
      loading: triggers.isPending || events.isPending || templates.isPending,
      notice: validationNotice({ triggers: triggers.status, events: events.status, templates: templates.status }),
    }),
    [triggers.data, events.data, templates.data, triggers.status, events.status, templates.status, triggers.isPending, events.isPending, templates.isPending],
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
  return useMemo(() => summarizeFindings(visibleFindings(validateParsed(source, context), context)), [source, context]);
}
