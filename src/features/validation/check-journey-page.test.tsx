// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { errorResponse } from '../../../mocks/handlers/http-utils';
import { setupMockServer } from '../../../mocks/use-mock-server';
import { renderWithProviders } from '../../../tests/render-with-providers';
import { CheckJourneyPage } from './check-journey-page';

const server = setupMockServer();

const journey = (tiles: unknown[], edges: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schemaVersion: 1, id: 'j1', name: 'Test', timeZone: 'Europe/Paris', tiles, edges, ...extra }, null, 2);

const entry = { id: 'entry', kind: 'trigger', trigger: 'registration.created' };
const exit = { id: 'done', kind: 'exit' };

async function pick(text: string, name = 'journey.json') {
  const user = userEvent.setup();
  renderWithProviders(<CheckJourneyPage />);
  await user.upload(screen.getByLabelText(/choose a journey file/i), new File([text], name, { type: 'application/json' }));
  return screen.findByRole('region', { name: 'Check result' });
}

afterEach(cleanup);

describe('checking a journey file', () => {
  it('lists errors and warnings with their tile and path', async () => {
    const text = journey(
      [entry, { id: 'split', kind: 'condition', branches: [{ id: 'fr', when: { attr: 'contact.country', op: 'eq', value: 'FR' } }] }, exit, { id: 'orphan', kind: 'exit' }],
      [
        { id: 'e1', from: 'entry', port: 'next', to: 'split' },
        { id: 'e2', from: 'split', port: 'fr', to: 'done' },
      ],
    );
    const result = await pick(text);
    const errors = within(result).getByRole('region', { name: /errors/i });
    expect(within(errors).getByText(/unreachable/)).toBeInTheDocument();
    expect(within(errors).getByText('orphan')).toBeInTheDocument();
    const warnings = within(result).getByRole('region', { name: /warnings/i });
    expect(within(warnings).getByText(/branch-ends/)).toBeInTheDocument();
    expect(within(result).getByText(/1 error blocks publishing/)).toBeInTheDocument();
  });

  it('says where a file stops being JSON', async () => {
    const result = await pick('{\n  "schemaVersion": 1,\n  "id": "x",\n}');
    expect(within(result).getByRole('alert')).toHaveTextContent(/not valid JSON.*line 4, column 1/);
  });

  it('names the paths of a document that is not a journey', async () => {
    const result = await pick(journey([{ ...entry, colour: 'red' }], []));
    expect(within(result).getByRole('alert')).toHaveTextContent(/not a journey/);
    expect(within(result).getByText('tiles[0].colour', { selector: 'code' })).toBeInTheDocument();
  });

  it('says a valid journey has no problems', async () => {
    const result = await pick(journey([entry, exit], [{ id: 'e1', from: 'entry', port: 'next', to: 'done' }]));
    expect(within(result).getByText(/no problems found/i)).toBeInTheDocument();
  });

  it('checks pasted JSON too', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CheckJourneyPage />);
    await user.click(screen.getByText('Or paste the JSON'));
    await user.click(screen.getByLabelText('Journey JSON'));
    await user.paste('[1, 2');
    await user.click(screen.getByRole('button', { name: 'Check pasted JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
  });
});

// `custom.whitepaper` (ready) and `custom.webinar-feedback` (draft) exist only in the backend's trigger catalog.
const usesTrigger = (trigger: string) =>
  journey([{ ...entry, trigger }, exit], [{ id: 'e1', from: 'entry', port: 'next', to: 'done' }]);
const loadingNote = 'Custom triggers are still loading; until they arrive they are reported as unknown.';
const failedNote = 'Custom triggers could not be loaded; they are reported as unknown.';

describe('checking a journey that uses a custom trigger', () => {
  it('knows the triggers of the backend catalog once it has loaded', async () => {
    const result = await pick(usesTrigger('custom.whitepaper'));
    expect(await within(result).findByText(/no problems found/i)).toBeInTheDocument();
    expect(within(result).queryByText('trigger-unknown')).not.toBeInTheDocument();
    expect(within(result).queryByText(loadingNote)).not.toBeInTheDocument();
  });

  it('reports a draft custom trigger as not ready, as publishing would', async () => {
    const result = await pick(usesTrigger('custom.webinar-feedback'));
    expect(await within(result).findByText('trigger-not-ready')).toBeInTheDocument();
    expect(within(result).queryByText('trigger-unknown')).not.toBeInTheDocument();
  });

  it('still checks against the built-in triggers when the catalog fails, and says so', async () => {
    server.use(http.get('*/api/triggers', () => errorResponse(503, 'unavailable', 'The trigger catalog is down.')));
    const result = await pick(usesTrigger('custom.whitepaper'));
    expect(await within(result).findByText(failedNote)).toBeInTheDocument();
    expect(within(result).getByText('trigger-unknown')).toBeInTheDocument();
    expect(within(result).getByText(/1 error blocks publishing/)).toBeInTheDocument();
  });

  it('checks at once while the catalog loads, then checks again when it arrives', async () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => { release = resolve; });
    server.use(
      http.get('*/api/triggers', async () => {
        await arrived;
        await delay(0);
        return undefined; // fall through to the backend's own handler
      }),
    );
    const result = await pick(usesTrigger('custom.whitepaper'));
    expect(within(result).getByText(loadingNote)).toBeInTheDocument();
    expect(within(result).getByText('trigger-unknown')).toBeInTheDocument();
    release();
    expect(await within(result).findByText(/no problems found/i)).toBeInTheDocument();
    expect(within(result).queryByText('trigger-unknown')).not.toBeInTheDocument();
    expect(within(result).queryByText(loadingNote)).not.toBeInTheDocument();
  });

  it('says nothing about the catalog for a file that is not a journey', async () => {
    server.use(http.get('*/api/triggers', () => errorResponse(503, 'unavailable', 'The trigger catalog is down.')));
    const result = await pick(journey([{ ...entry, colour: 'red' }], []));
    expect(within(result).getByRole('alert')).toHaveTextContent(/not a journey/);
    expect(within(result).queryByText(failedNote)).not.toBeInTheDocument();
    expect(within(result).queryByText(loadingNote)).not.toBeInTheDocument();
  });
});
