import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { instantSchema, pageSchema, queryKeys } from './common';
import { fetchAllPages } from './pagination';

export const emailTemplateCategorySchema = z.enum(['confirmation', 'reminder', 'join', 'follow-up', 'newsletter']);

export const emailTemplateSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    category: emailTemplateCategorySchema,
    subject: z.string().describe('May hold `{{contact.firstName}}`-style tokens.'),
    html: z.string().describe('The full HTML body.'),
    updatedAt: instantSchema,
  })
  .strict();
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;

export const listEmailTemplatesQuerySchema = z.object({ cursor: z.string().optional() }).strict();
export const listEmailTemplatesResponseSchema = pageSchema(emailTemplateSchema);

/** Every template (all pages): the validator checks template ids against the whole list. */
export function listEmailTemplates(signal?: AbortSignal): Promise<EmailTemplate[]> {
  return fetchAllPages('/email-templates', emailTemplateSchema, { signal });
}

export function emailTemplatesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.emailTemplates.list(),
    queryFn: ({ signal }) => listEmailTemplates(signal),
  });
}

export function useEmailTemplates() {
  return useQuery(emailTemplatesQueryOptions());
}
