import { useId, type ReactNode } from 'react';

type Props = {
  label: string;
  /** Short state shown after the label on the toggle (e.g. "2 errors, 1 warning"). */
  summary?: string;
  open: boolean;
  onToggle(): void;
  className?: string;
  children: ReactNode;
};

// A side panel of the editor that folds on a narrow window. There the panels stack under the
// canvas, and folding one brings the next within a thumb's reach. On a wide window editor.css
// hides the toggle and always shows the body, so the layout there is unchanged.
export function NarrowFold({ label, summary, open, onToggle, className, children }: Props) {
  const id = useId();
  return (
    <div className={['narrow-fold', open ? 'is-open' : null, className].filter(Boolean).join(' ')}>
      <button type="button" className="narrow-fold-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={onToggle}>
        <span className="narrow-fold-chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span className="narrow-fold-label">{label}</span>
        {summary && <span className="narrow-fold-summary">{summary}</span>}
      </button>
      <div id={`${id}-body`} className="narrow-fold-body">
        {children}
      </div>
    </div>
  );
}
