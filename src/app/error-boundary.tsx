import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Route error element: a crash in one screen shows this inside the shell instead of a blank page. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <section className="page page-error" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong on this page</h1>
      <p>The screen stopped because of an unexpected error. Your saved work is safe on the server.</p>
      <details className="error-detail">
        <summary>Technical detail</summary>
        <pre>{detail}</pre>
      </details>
      <p className="page-actions">
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link className="btn btn-secondary" to="/">
          Back to journeys
        </Link>
      </p>
    </section>
  );
}

export function NotFoundPage() {
  return (
    <section className="page page-not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is nothing at this address. It may have been moved, or the link is mistyped.</p>
      <p>
        <Link className="btn btn-primary" to="/">
          Go to journeys
        </Link>
      </p>
    </section>
  );
}
