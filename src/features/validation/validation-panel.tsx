import type { ValidationResult } from './use-journey-validation';
import { FindingsGroups } from './findings-list';

type Props = {
  result: ValidationResult;
  onSelectTile: (tileId: string) => void;
  tileLabel: (tileId: string) => string | undefined;
  /** What the checks do not cover right now (lists still loading or failed). */
  notice?: string | null;
};

export function checksSummary({ errors, warnings }: Pick<ValidationResult, 'errors' | 'warnings'>): string {
  if (errors.length === 0 && warnings.length === 0) return 'No problems found';
  return `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
}

export function ValidationPanel({ result, onSelectTile, tileLabel, notice }: Props) {
  return (
    <section className="validation-panel" aria-labelledby="validation-panel-heading">
      <h2 id="validation-panel-heading">
        Checks{' '}
        <span className="validation-counts" aria-live="polite">
          {checksSummary(result)}
        </span>
      </h2>
      {notice && <p className="validation-notice">{notice}</p>}
      <FindingsGroups errors={result.errors} warnings={result.warnings} onSelectTile={onSelectTile} tileLabel={tileLabel} headingLevel={3} />
    </section>
  );
}
