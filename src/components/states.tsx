import type { ReactNode } from 'react';
import { Button } from './button';
import { describeError } from './describe-error';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export type EmptyStateProps = { title: string; children?: ReactNode; action?: ReactNode };

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children ? <div className="state-text">{children}</div> : null}
      {action ? <div className="state-action">{action}</div> : null}
    </div>
  );
}

export type ErrorStateProps = {
  error: unknown;
  /** What failed, e.g. "The journeys could not be loaded." */
  title?: string;
  onRetry?: () => void;
  retrying?: boolean;
};

export function ErrorState({ error, title = 'This could not be loaded.', onRetry, retrying }: ErrorStateProps) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p className="state-text">{describeError(error)}</p>
      {onRetry ? (
        <div className="state-action">
          <Button onClick={onRetry} busy={retrying}>
            Try again
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** Inline error under a form or action: keeps the form as typed and says what went wrong. */
export function InlineError({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <div className="inline-error" role="alert">
      {title ? <strong>{title} </strong> : null}
      {describeError(error)}
    </div>
  );
}
