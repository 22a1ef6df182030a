import { useId } from 'react';
import type { Finding } from '../../domain/findings';
import './validation.css';

type Props = {
  findings: readonly Finding[];
  // When given, each finding that names a tile becomes a button that reveals it.
  onSelectTile?: (tileId: string) => void;
  tileLabel?: (tileId: string) => string | undefined;
};

export function FindingsList({ findings, onSelectTile, tileLabel }: Props) {
  return (
    <ul className="findings-list">
      {findings.map((f, i) => {
        const label = f.tile ? tileLabel?.(f.tile) : undefined;
        const where = (
          <span className="finding-where">
            <span className="finding-code">{f.code}</span>
            {f.tile && (
              <span>
                Tile <code>{f.tile}</code>
                {label && label !== f.tile ? ` (${label})` : ''}
              </span>
            )}
            {f.path && (
              <span>
                Path <code>{f.path}</code>
              </span>
            )}
          </span>
        );
        return (
          <li key={`${f.code}-${f.tile ?? ''}-${f.path ?? ''}-${i}`} className={`finding finding-${f.severity}`}>
            {onSelectTile && f.tile ? (
              <button type="button" className="finding-button" onClick={() => onSelectTile(f.tile!)}>
                <span className="finding-message">{f.message}</span>
                {where}
              </button>
            ) : (
              <>
                <span className="finding-message">{f.message}</span>
                {where}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function FindingsGroups({ errors, warnings, onSelectTile, tileLabel, headingLevel = 2 }: {
  errors: readonly Finding[];
  warnings: readonly Finding[];
  onSelectTile?: (tileId: string) => void;
  tileLabel?: (tileId: string) => string | undefined;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  return (
    <div className="findings-groups">
      {errors.length > 0 && (
        <section aria-labelledby={`${id}-errors`}>
          <H id={`${id}-errors`} className="findings-heading findings-heading-error">
            Errors ({errors.length})
          </H>
          <FindingsList findings={errors} onSelectTile={onSelectTile} tileLabel={tileLabel} />
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby={`${id}-warnings`}>
          <H id={`${id}-warnings`} className="findings-heading findings-heading-warning">
            Warnings ({warnings.length})
          </H>
          <FindingsList findings={warnings} onSelectTile={onSelectTile} tileLabel={tileLabel} />
        </section>
      )}
    </div>
  );
}
