// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupMockServer } from '../../mocks/use-mock-server';
import { setScenario } from '../../mocks/scenarios';
import { renderWithProviders } from '../../tests/render-with-providers';
import { listEvents } from '../api/list-events';
import { OfflineBanner } from './offline-banner';

const server = setupMockServer();
afterEach(cleanup);

function EventsCount() {
  const q = useQuery({ queryKey: ['events-count'], queryFn: () => listEvents() });
  return (
    <div>
      <button onClick={() => void q.refetch()}>Refetch</button>
      <p>{q.data ? `${q.data.length} events` : q.isError ? 'failed' : 'loading'}</p>
    </div>
  );
}

describe('OfflineBanner', () => {
  it('appears when a request fails for lack of network and goes once a request succeeds', async () => {
    const user = userEvent.setup();
    setScenario('offline', { remember: false });
    renderWithProviders(
      <>
        <OfflineBanner />
        <EventsCount />
      </>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('You are offline or the server cannot be reached.');
    setScenario('normal', { remember: false });
    await user.click(screen.getByRole('button', { name: 'Refetch' }));
    expect(await screen.findByText(/\d+ events/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('stays hidden when the server answers with an error (it is reachable)', async () => {
    server.use(http.get('*/api/events', () => HttpResponse.json({ error: { code: 'boom', message: 'Broken.' } }, { status: 500 })));
    renderWithProviders(
      <>
        <OfflineBanner />
        <EventsCount />
      </>,
    );
    expect(await screen.findByText('failed')).toBeInTheDocument();
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();
  });
});
