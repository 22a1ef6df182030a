import { http, HttpResponse } from 'msw';
import { activeDb, apiRoute, notFound, paginate } from './http-utils';

export const emailTemplateHandlers = [
  http.get(apiRoute('/email-templates'), ({ request }) => {
    const page = paginate(activeDb().templates, new URL(request.url));
    return page.ok ? HttpResponse.json(page.value) : page.response;
  }),

  http.get(apiRoute('/email-templates/:id'), ({ params }) => {
    const template = activeDb().templates.find((t) => t.id === params.id);
    return template ? HttpResponse.json(template) : notFound('email template', String(params.id));
  }),
];
