import { HttpResponse } from 'msw';
import type { z } from 'zod';
import { PAGE_SIZE, type ErrorBody } from '../../src/api/common';
import { getDb, getEmptyDb, type Db } from '../db/db';
import { getScenario } from '../scenarios';

/** Matches `<any origin>/api<path>`, in the browser and in Node. */
export function apiRoute(path: string): string {
  return `*/api${path}`;
}

/** The db the current scenario serves. */
export function activeDb(): Db {
  return getScenario() === 'empty' ? getEmptyDb() : getDb();
}

let now: () => Date = () => new Date();
/** Tests pin the clock the handlers stamp `updatedAt` and `savedAt` with. */
export function setMockClock(clock: (() => Date) | null): void {
  now = clock ?? (() => new Date());
}
export function nowIso(): string {
  return now().toISOString();
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  details?: unknown,
  headers?: Record<string, string>,
) {
  const body: ErrorBody = { error: details === undefined ? { code, message } : { code, message, details } };
  return HttpResponse.json(body, { status, headers });
}

export function notFound(what: string, id: string) {
  return errorResponse(404, 'not-found', `There is no ${what} with the id "${id}".`);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The request body as JSON, or a 400 that says it is not JSON. */
export async function readJson(request: Request): Promise<Parsed<unknown>> {
  const text = await request.text();
  if (text.trim() === '') {
    return { ok: false, response: errorResponse(400, 'malformed-body', 'The request has no body; a JSON body is required.') };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, response: errorResponse(400, 'malformed-body', `The request body is not valid JSON${why}.`) };
  }
}

export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.length ? i.path.map(String).join('.') : '(root)', message: i.message }));
}

/** Parses with `schema`, or a 400 that lists what is wrong where. */
export function parseBody<T>(schema: z.ZodType<T>, value: unknown, what: string): Parsed<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = issuesOf(parsed.error);
  const first = issues[0];
  return {
    ok: false,
    response: errorResponse(400, 'malformed-body', `The ${what} is malformed: ${first.path}: ${first.message}.`, { issues }),
  };
}

function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`).replace(/=+$/, '');
}

function decodeCursor(cursor: string): number | null {
  try {
    const match = /^o:(\d+)$/.exec(atob(cursor));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** One page of `items` (20 at a time) from the request's `cursor`; an unreadable cursor is a 400. */
export function paginate<T>(items: readonly T[], url: URL): Parsed<{ items: T[]; nextCursor: string | null }> {
  const cursor = url.searchParams.get('cursor');
  let offset = 0;
  if (cursor !== null && cursor !== '') {
    const decoded = decodeCursor(cursor);
    if (decoded === null || decoded > items.length) {
      return {
        ok: false,
        response: errorResponse(400, 'invalid-cursor', 'The cursor is not one this list handed out; start again from the first page.'),
      };
    }
    offset = decoded;
  }
  const page = items.slice(offset, offset + PAGE_SIZE);
  const next = offset + PAGE_SIZE;
  return { ok: true, value: { items: page, nextCursor: next < items.length ? encodeCursor(next) : null } };
}

/** Case-insensitive "contains", tolerant of accents (`lea` finds `Léa`). */
export function matchesSearch(query: string, ...fields: (string | null | undefined)[]): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const q = fold(query.trim());
  if (q === '') return true;
  return fields.some((f) => f != null && fold(f).includes(q));
}
