// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { http, HttpResponse } from 'msw';
import { setupMockServer } from '../../../mocks/use-mock-server';
import { setScenario } from '../../../mocks/scenarios';
import { renderWithProviders } from '../../../tests/render-with-providers';
import { JourneysPage } from './journeys-page';

const server = setupMockServer();
afterEach(cleanup);

function EditorProbe() {
  const { id } = useParams();
  return <p>Editor for {id}</p>;
}

function renderPage(route = '/') {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<JourneysPage />} />
      <Route path="/journeys/:id" element={<EditorProbe />} />
    </Routes>,
    { route },
  );
}

/** Every request the app makes, to prove what was (not) sent. */
function recordRequests(): { method: string; url: string }[] {
  const seen: { method: string; url: string }[] = [];
  server.events.on('request:start', ({ request }) => seen.push({ method: request.method, url: request.url }));
  return seen;
}

describe('journeys list', () => {
  it('lists the seeded journeys with their status and version', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Journeys' });
    const launch = within(table).getByRole('link', { name: 'Launch webinar follow-up' });
    const row = launch.closest('tr')!;
    expect(within(row).getByText('Live')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Partner roundtable invitation' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'White paper nurture' })).toBeInTheDocument();
  });

  it('filters by search text and by status', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('link', { name: 'Launch webinar follow-up' });

    await user.type(screen.getByRole('searchbox', { name: 'Search journeys' }), 'partner');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Partner roundtable invitation' })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search journeys' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'live');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Launch webinar follow-up' })).toBeInTheDocument();
  });

  it('says when no journey matches and clears the filters', async () => {
    const user = userEvent.setup();
    renderPage('/?q=nothing-like-this');
    expect(await screen.findByText('No journey matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: 'Launch webinar follow-up' })).toBeInTheDocument();
  });

  it('loads the next page with "Load more" when there are more than a page of journeys', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('link', { name: 'Launch webinar follow-up' });
    // Make 20 more journeys so the list spans two pages.
    for (let i = 0; i < 20; i += 1) {
      await fetch(new URL('/api/journeys', window.location.href), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `Bulk ${String(i).padStart(2, '0')}`, timeZone: 'UTC' }),
      });
    }
    cleanup();
    renderPage();
    await screen.findByRole('table', { name: 'Journeys' });
    const rowsBefore = screen.getAllByRole('row').length - 1;
    expect(rowsBefore).toBe(20);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByRole('row').length - 1).toBe(23));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows an error with a retry that recovers', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/journeys', () => HttpResponse.json({ error: { code: 'boom', message: 'Database unavailable.' } }, { status: 500 }), {
        once: true,
      }),
    );
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The journeys could not be loaded.');
    expect(alert).toHaveTextContent('Database unavailable.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Launch webinar follow-up' })).toBeInTheDocument();
  });

  it('shows the empty state when there are no journeys at all', async () => {
    setScenario('empty', { remember: false });
    renderPage();
    expect(await screen.findByText('No journeys yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create your first journey' })).toBeInTheDocument();
  });
});

describe('create a journey', () => {
  it('creates a draft from a name and a time zone, then opens it in the editor', async () => {
    const user = userEvent.setup();
    const requests = recordRequests();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'New journey' }));
    const dialog = screen.getByRole('dialog', { name: 'New journey' });
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Spring newsletter');
    const zone = within(dialog).getByRole('combobox', { name: 'Time zone' });
    await user.clear(zone);
    await user.type(zone, 'tokyo');
    await user.keyboard('{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Create journey' }));

    const probe = await screen.findByText(/^Editor for /);
    const id = probe.textContent!.replace('Editor for ', '');
    const post = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/journeys'));
    expect(post).toBeDefined();
    const res = await fetch(new URL(`/api/journeys/${id}`, window.location.href));
    const body = await res.json();
    expect(body.journey).toMatchObject({ name: 'Spring newsletter', timeZone: 'Asia/Tokyo' });
    expect(body.status).toBe('draft');
  });

  it('proposes the organisation’s default time zone from the settings', async () => {
    const user = userEvent.setup();
    await fetch(new URL('/api/settings/event-admin', window.location.href), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ matching: 'email', checkinDelay: 'PT4H', defaultTimeZone: 'America/Denver' }),
    });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'New journey' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/Denver'));
  });

  it('asks for a name before sending anything', async () => {
    const user = userEvent.setup();
    const requests = recordRequests();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'New journey' }));
    await user.click(screen.getByRole('button', { name: 'Create journey' }));
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription('Give the journey a name.');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('keeps what was typed when the server cannot be reached', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'New journey' }));
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Offline draft');
    setScenario('offline', { remember: false });
    await user.click(screen.getByRole('button', { name: 'Create journey' }));
    const dialog = screen.getByRole('dialog', { name: 'New journey' });
    expect(await within(dialog).findByText(/server cannot be reached/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveValue('Offline draft');
  });
});

describe('import a journey file', () => {
  const validDoc = {
    schemaVersion: 1,
    id: 'imported-journey',
    name: 'Imported journey',
    timeZone: 'Europe/Paris',
    tiles: [
      { id: 'entry', kind: 'trigger', trigger: 'registration.created' },
      { id: 'bye', kind: 'exit' },
    ],
    edges: [{ id: 'e1', from: 'entry', port: 'next', to: 'bye' }],
  };

  async function pick(contents: string, name = 'journey.json') {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Import a journey file' }));
    const dialog = screen.getByRole('dialog', { name: 'Import a journey file' });
    await user.upload(within(dialog).getByLabelText('Journey file'), new File([contents], name, { type: 'application/json' }));
    return dialog;
  }

  it('lists the problems of a broken file by JSON path and creates nothing', async () => {
    const requests = recordRequests();
    const broken = { ...validDoc, colour: 'blue', tiles: [{ id: 'entry', kind: 'trigger' }, { id: 'bye', kind: 'exit' }] };
    const dialog = await pick(JSON.stringify(broken), 'broken.json');
    const list = await within(dialog).findByRole('list', { name: 'Problems in the file' });
    expect(list).toHaveTextContent('colour');
    expect(list).toHaveTextContent('tiles[0].trigger');
    expect(within(dialog).getByText(/Nothing was imported/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('says where a file that is not JSON breaks', async () => {
    const requests = recordRequests();
    const dialog = await pick('{\n  "schemaVersion": 1,\n  nope\n}', 'notjson.json');
    expect(await within(dialog).findByText(/not valid JSON \(line 3/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('imports a valid file and opens it', async () => {
    await pick(JSON.stringify(validDoc));
    expect(await screen.findByText(/^Editor for imported-journey/)).toBeInTheDocument();
  });
});

describe('duplicate and delete', () => {
  it('duplicates a journey as a new draft', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Duplicate Partner roundtable invitation' }));
    const notice = await screen.findByRole('status', { name: '' });
    expect(notice).toHaveTextContent(/Copied as/);
    await waitFor(() => expect(screen.getAllByRole('link', { name: /Partner roundtable invitation/ })).toHaveLength(3));
  });

  it('refuses to delete a live journey with the server’s message, and keeps it', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Delete Launch webinar follow-up' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Launch webinar follow-up”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText(/stop it before deleting it/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('link', { name: 'Launch webinar follow-up' })).toBeInTheDocument();
  });

  it('deletes a draft after confirmation', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Delete Partner roundtable invitation' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Partner roundtable invitation' })).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
