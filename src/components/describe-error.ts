// Turns whatever a request threw into a sentence a marketer can act on. Duck-typed on the shape of
// the API layer's errors (ApiError: status + code + message; NetworkError: its name) so shared
// components need not depend on the API layer.

export function isNetworkError(error: unknown): boolean {
  return error instanceof Error && error.name === 'NetworkError';
}

export function errorStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') return error.status;
  return null;
}

export function describeError(error: unknown): string {
  if (isNetworkError(error)) return 'The server cannot be reached. Check your connection; nothing you typed is lost.';
  const status = errorStatus(error);
  const message = error instanceof Error && error.message ? error.message : null;
  if (status !== null && status >= 500) {
    return message ? `The server had a problem (${status}): ${message}` : `The server had a problem (${status}). Try again.`;
  }
  if (message) return message;
  return 'Something went wrong. Try again.';
}
