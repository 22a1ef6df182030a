import type { Finding } from '../../domain/findings';
import { validateJourney, type ValidationContext } from '../../domain/validate';
import { parseJsonText, type TextLocation } from './json-error-location';

export type CheckOutcome =
  | { kind: 'not-json'; reason: string; location: TextLocation | null }
  | { kind: 'not-a-journey'; findings: Finding[] }
  | { kind: 'checked'; errors: Finding[]; warnings: Finding[] };

export type CheckContext = ValidationContext;

// The three answers a marketer needs: the file is not JSON, it is JSON but not a journey, or
// here is what the validator thinks of the journey.
export function checkJourneyText(text: string, context?: CheckContext): CheckOutcome {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { kind: 'not-json', reason: parsed.message, location: parsed.location };
  const findings = validateJourney(parsed.value, context);
  if (findings.some((f) => f.code === 'schema')) return { kind: 'not-a-journey', findings };
  return {
    kind: 'checked',
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
}
