import { http, HttpResponse } from 'msw';
import { activeDb, apiRoute, matchesSearch, paginate } from './http-utils';

export const contactHandlers = [
  http.get(apiRoute('/contacts'), ({ request }) => {
    const url = new URL(request.url);
    const search = url.searchParams.get('search') ?? '';
    const items = activeDb().contacts.filter((c) =>
      matchesSearch(search, `${c.firstName} ${c.lastName}`, c.email, c.company, c.id),
    );
    const page = paginate(items, url);
    return page.ok ? HttpResponse.json(page.value) : page.response;
  }),
];
