import type { z } from 'zod';
import { apiFetch, withQuery, type QueryParams } from './client';
import { pageSchema } from './common';

/** Stops a runaway loop if a backend keeps answering the same cursor. */
const MAX_PAGES = 500;

/**
 * Follows `nextCursor` until the last page. For small catalogs (triggers, events, templates) that
 * the validator needs whole.
 */
export async function fetchAllPages<T extends z.ZodType>(
  path: string,
  item: T,
  options: { params?: QueryParams; signal?: AbortSignal } = {},
): Promise<z.infer<T>[]> {
  const schema = pageSchema(item);
  const items: z.infer<T>[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await apiFetch(withQuery(path, { ...options.params, cursor }), {
      schema,
      signal: options.signal,
    });
    items.push(...(result.items as z.infer<T>[]));
    if (result.nextCursor === null) return items;
    cursor = result.nextCursor;
  }
  throw new Error(`${path} kept answering more pages after ${MAX_PAGES}; stopped reading.`);
}
