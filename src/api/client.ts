import type { ZodType } from 'zod';
import { env } from '../config/env';
import { errorBodySchema } from './common';

/** An HTTP answer with an error status, parsed from the API's `{ error: { code, message, details? } }` body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;

  constructor(init: { status: number; code: string; message: string; details?: unknown }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
  }
}

/** The request never got an HTTP answer (offline, DNS, backend down, CORS). */
export class NetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** Failures worth trying again: the server's own errors (5xx) and lost connections. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && error.status >= 500 && error.status <= 599;
}

export type ApiRequestInit<T> = Omit<RequestInit, 'body'> & {
  schema: ZodType<T>;
  /** A value sent as JSON (sets Content-Type). */
  json?: unknown;
  body?: BodyInit | null;
};

export type QueryParams = Record<string, string | number | null | undefined>;

/** `path` with its query string; empty and undefined parameters are left out. */
export function withQuery(path: string, params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The absolute URL of an API path. A relative base (`/api`) is resolved against the page's origin,
 * or `http://localhost` where there is no page (Node tests), since Node's fetch needs absolute URLs.
 */
export function apiUrl(path: string, baseUrl: string = env.apiBaseUrl): string {
  const joined = `${baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(joined)) return joined;
  const origin =
    typeof location !== 'undefined' && location.origin && location.origin !== 'null' ? location.origin : 'http://localhost';
  return new URL(joined, origin).toString();
}

async function readErrorBody(response: Response): Promise<ApiError> {
  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall through to a generic error.
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError({ status: response.status, code, message, details });
  }
  const text = response.statusText ? ` ${response.statusText}` : '';
  return new ApiError({
    status: response.status,
    code: `http-${response.status}`,
    message: `The server answered ${response.status}${text} without an explanation.`,
  });
}

/**
 * Calls the API and validates the answer with `schema`. Throws `ApiError` for an error status or an
 * answer of the wrong shape, `NetworkError` when no answer came, and rethrows aborts untouched so
 * TanStack Query can cancel.
 */
export async function apiFetch<T>(path: string, init: ApiRequestInit<T>): Promise<T> {
  const { schema, json, headers, ...rest } = init;
  const finalHeaders = new Headers(headers);
  finalHeaders.set('Accept', 'application/json');
  let body = rest.body;
  if (json !== undefined) {
    finalHeaders.set('Content-Type', 'application/json');
    body = JSON.stringify(json);
  }
  const url = apiUrl(path);
  let response: Response;
  try {
    response = await fetch(url, { ...rest, body, headers: finalHeaders });
  } catch (error) {
    // By name, not instanceof: under jsdom the fetch's DOMException is not the global one.
    if (init.signal?.aborted || (error instanceof Error && error.name === 'AbortError')) throw error;
    throw new NetworkError(
      `Cannot reach the server (${url}). Check your connection, or that the backend is running.`,
      { cause: error },
    );
  }
  const noApiHere = `No API answered at ${url}. Check that the backend is running and that VITE_API_BASE_URL points to it.`;
  // A web page where JSON was expected: a static host or dev server answered, not the API.
  if ((response.headers.get('Content-Type') ?? '').includes('text/html')) throw new NetworkError(noApiHere);
  if (!response.ok) {
    const error = await readErrorBody(response);
    // The API explains its 404s; a bare one means nothing is serving the API at this address.
    if (error.status === 404 && error.code === 'http-404') throw new NetworkError(noApiHere);
    throw error;
  }

  let payload: unknown = undefined;
  if (response.status !== 204) {
    const text = await response.text();
    if (text.length > 0) {
      try {
        payload = JSON.parse(text);
      } catch {
        throw new ApiError({
          status: response.status,
          code: 'invalid-response',
          message: `The server's answer to ${path} is not JSON.`,
        });
      }
    }
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` at ${first.path.length ? first.path.join('.') : '(root)'}: ${first.message}` : '';
    throw new ApiError({
      status: response.status,
      code: 'invalid-response',
      message: `The server's answer to ${path} does not have the expected shape${where}.`,
      details: { issues: parsed.error.issues },
    });
  }
  return parsed.data;
}
