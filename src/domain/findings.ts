/** Validation findings: a stable code, a severity, a sentence for a marketer, and where. */

export type Severity = 'error' | 'warning';

/** The validation table of journey-format.md, in its order (findings are reported in this order). */
export const findingCodes = [
  'schema',
  'entry-missing',
  'entry-multiple',
  'entry-interaction',
  'trigger-unknown',
  'trigger-not-ready',
  'edge-dangling',
  'cycle',
  'unreachable',
  'wait-invalid',
  'interaction-before-email',
  'email-template-missing',
  'timezone-invalid',
  'branch-ends',
  'join-without-registration',
  'checkin-wait-too-short',
  'dst-checkin-window',
  'goal-unreachable',
] as const;

export type FindingCode = (typeof findingCodes)[number];

export const severityOf: Record<FindingCode, Severity> = {
  schema: 'error',
  'entry-missing': 'error',
  'entry-multiple': 'error',
  'entry-interaction': 'error',
  'trigger-unknown': 'error',
  'trigger-not-ready': 'error',
  'edge-dangling': 'error',
  cycle: 'error',
  unreachable: 'error',
  'wait-invalid': 'error',
  'interaction-before-email': 'error',
  'email-template-missing': 'error',
  'timezone-invalid': 'error',
  'branch-ends': 'warning',
  'join-without-registration': 'warning',
  'checkin-wait-too-short': 'warning',
  'dst-checkin-window': 'warning',
  'goal-unreachable': 'warning',
};

export type Finding = {
  code: FindingCode;
  severity: Severity;
  message: string;
  tile?: string;
  path?: string;
};

export function finding(code: FindingCode, message: string, where: { tile?: string; path?: string } = {}): Finding {
  const f: Finding = { code, severity: severityOf[code], message };
  if (where.tile !== undefined) f.tile = where.tile;
  if (where.path !== undefined) f.path = where.path;
  return f;
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
export const errorsOf = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'error');
export const warningsOf = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'warning');
