import { useId, type ReactNode } from 'react';

// A labelled control with an optional hint and error, wired with aria attributes.
export function Field({ label, hint, error, children }: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'insp-field is-invalid' : 'insp-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && <div id={`${id}-hint`} className="insp-hint">{hint}</div>}
      {error && <div id={`${id}-error`} className="insp-error" role="alert">{error}</div>}
    </div>
  );
}
