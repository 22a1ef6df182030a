import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './common';
import { emailTemplateSchema, type EmailTemplate } from './list-email-templates';

export const getEmailTemplateResponseSchema = emailTemplateSchema;

export function getEmailTemplate(id: string, signal?: AbortSignal): Promise<EmailTemplate> {
  return apiFetch(`/email-templates/${encodeURIComponent(id)}`, { schema: getEmailTemplateResponseSchema, signal });
}

export function emailTemplateQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.emailTemplates.detail(id),
    queryFn: ({ signal }) => getEmailTemplate(id, signal),
  });
}

export function useEmailTemplate(id: string) {
  return useQuery(emailTemplateQueryOptions(id));
}
