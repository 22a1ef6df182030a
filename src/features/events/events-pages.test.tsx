// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { http, HttpResponse } from 'msw';
import { setupMockServer } from '../../../mocks/use-mock-server';
import { setScenario } from '../../../mocks/scenarios';
import { renderWithProviders } from '../../../tests/render-with-providers';
import { EventsPage } from './events-page';
import { EventDetailPage } from './event-detail-page';

const server = setupMockServer();
afterEach(cleanup);

function renderEvents(route = '/events') {
  return renderWithProviders(
    <Routes>
      <Route path="/events" element={<EventsPage />} />
      <Route path="/events/:id" element={<EventDetailPage />} />
    </Routes>,
    { route },
  );
}

describe('events list', () => {
  it('lists the seeded events with their format and counts', async () => {
    renderEvents();
    const table = await screen.findByRole('table', { name: 'Events' });
    const launch = within(table).getByRole('link', { name: 'Product launch webinar' });
    const row = launch.closest('tr')!;
    expect(within(row).getByText('Teams webinar')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Partner roundtable' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row').length).toBeGreaterThanOrEqual(13);
  });

  it('opens an event with its sessions, times in its zone and counts', async () => {
    const user = userEvent.setup();
    renderEvents();
    await user.click(await screen.findByRole('link', { name: 'Product launch webinar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Product launch webinar' })).toBeInTheDocument();
    expect(screen.getByText('Launch keynote (Europe)')).toBeInTheDocument();
    expect(screen.getByText('Launch keynote (Americas)')).toBeInTheDocument();
    expect(screen.getByText('Registrations')).toBeInTheDocument();
    expect(screen.getByText('Checked in')).toBeInTheDocument();
    // Local times are shown with the event's zone.
    expect(screen.getAllByText(/Europe\/Paris|America\/|Asia\//).length).toBeGreaterThan(0);
  });

  it('shows the activity in instant order and loads more on demand', async () => {
    const user = userEvent.setup();
    renderEvents('/events/evt-launch');
    const region = await screen.findByRole('region', { name: 'Activity records' }, { timeout: 8000 });
    const rows = within(region).getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') && r.getAttribute('aria-rowindex') !== '1');
    expect(rows.length).toBeGreaterThan(0);
    const times = rows.map((r) => r.querySelector('time')!.getAttribute('datetime')!);
    expect([...times].sort((a, b) => Date.parse(a) - Date.parse(b))).toEqual(times);
    expect(screen.getByText(/20 records loaded/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more activity' }));
    expect(await screen.findByText(/(2[1-9]|[3-9]\d|\d{3,}) records loaded/, {}, { timeout: 8000 })).toBeInTheDocument();
  });

  it('renders only the visible rows of a long activity list', async () => {
    const start = Date.parse('2026-04-01T08:00:00Z');
    const items = Array.from({ length: 2000 }, (_, i) => ({
      at: new Date(start + i * 60_000).toISOString(),
      type: 'registration.created',
      contact: { email: `person${i}@example.com` },
      eventId: 'evt-launch',
    }));
    server.use(http.get('*/api/events/evt-launch/activity', () => HttpResponse.json({ items, nextCursor: null })));
    renderEvents('/events/evt-launch');
    const region = await screen.findByRole('region', { name: 'Activity records' }, { timeout: 8000 });
    expect(within(region).getByRole('table')).toHaveAttribute('aria-rowcount', '2001');
    const rendered = within(region).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByText('2000 records loaded (all)')).toBeInTheDocument();
  });

  it('says when an event does not exist, without a retry', async () => {
    renderEvents('/events/no-such-event');
    expect(await screen.findByText('This event does not exist (any more).')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers a retry when the list fails, and shows the empty state when there are none', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/events', () => HttpResponse.json({ error: { code: 'x', message: 'Events store down.' } }, { status: 503 }), { once: true }));
    renderEvents();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Events store down.');
    setScenario('empty', { remember: false });
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No events yet')).toBeInTheDocument();
  });
});
