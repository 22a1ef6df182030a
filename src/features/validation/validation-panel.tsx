import type { ValidationResult } from './use-journey-validation';
import { FindingsGroups } from './findings-list';

type Props = {
  result: ValidationResult;
  onSelectTile: (tileId: string) => void;
  tileLabel: (tileId: string) => string | undefined;
};

export function ValidationPanel({ result, onSelectTile, tileLabel }: Props) {
  const { errors, warnings } = result;
  return (
    <section className="validation-panel" aria-labelledby="validation-panel-heading">
      <h2 id="validation-panel-heading">
        Checks{' '}
        <span className="validation-counts" aria-live="polite">
          {errors.length === 0 && warnings.length === 0
            ? 'No problems found'
            : `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`}
        </span>
      </h2>
      <FindingsGroups errors={errors} warnings={warnings} onSelectTile={onSelectTile} tileLabel={tileLabel} headingLevel={3} />
    </section>
  );
}
