import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch, withQuery } from './client';
import { instantSchema, pageSchema, queryKeys } from './common';

export const contactResourceSchema = z
  .object({
    id: z.string().min(1),
    email: z.string().nullable(),
    firstName: z.string(),
    lastName: z.string(),
    company: z.string().nullable(),
    country: z.string().describe('ISO 3166-1 alpha-2 code.'),
    consent: z.boolean().describe('Whether the contact accepts marketing email.'),
    createdAt: instantSchema,
  })
  .strict();
export type ContactResource = z.infer<typeof contactResourceSchema>;

export const listContactsQuerySchema = z
  .object({
    search: z.string().optional().describe('Case-insensitive substring of the name, email or company.'),
    cursor: z.string().optional(),
  })
  .strict();
export type ListContactsQuery = z.infer<typeof listContactsQuerySchema>;
export const listContactsResponseSchema = pageSchema(contactResourceSchema);
export type ListContactsResponse = z.infer<typeof listContactsResponseSchema>;

export function listContacts(query: ListContactsQuery, signal?: AbortSignal): Promise<ListContactsResponse> {
  return apiFetch(withQuery('/contacts', query), { schema: listContactsResponseSchema, signal });
}

export function contactsInfiniteQueryOptions(search = '') {
  return infiniteQueryOptions({
    queryKey: queryKeys.contacts.list(search),
    queryFn: ({ pageParam, signal }) => listContacts({ search: search || undefined, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useContacts(search = '') {
  return useInfiniteQuery(contactsInfiniteQueryOptions(search));
}
