// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '../../../mocks/use-mock-server';
import { renderWithProviders } from '../../../tests/render-with-providers';
import type { Journey } from '../../domain/journey-schema';
import { createEditorStore } from '../../editor/editor-store';
import { EditorStoreProvider } from '../canvas/editor-store-provider';
import { InspectorPanel } from './inspector-panel';

const server = setupMockServer();
afterEach(cleanup);

const journey: Journey = {
  schemaVersion: 1,
  id: 'inspected',
  name: 'Inspected',
  timeZone: 'Europe/Paris',
  tiles: [
    { id: 'entry', kind: 'trigger', trigger: 'registration.created', position: { x: 0, y: 0 } },
    { id: 'mail', kind: 'email', subject: '', position: { x: 0, y: 150 } },
    { id: 'split', kind: 'condition', position: { x: 0, y: 300 }, branches: [
      { id: 'a', label: 'First', when: { attr: 'contact.email', op: 'exists' } },
      { id: 'b', label: 'Second', when: { attr: 'contact.email', op: 'exists' } },
    ] },
  ],
  edges: [{ id: 'e1', from: 'entry', port: 'next', to: 'mail' }, { id: 'e2', from: 'split', port: 'a', to: 'mail' }],
};

function setup(selected?: string) {
  const store = createEditorStore(journey);
  if (selected) store.getState().select({ tiles: [selected], edges: [] });
  renderWithProviders(
    <EditorStoreProvider store={store}>
      <InspectorPanel />
    </EditorStoreProvider>,
  );
  return store;
}

describe('the inspector', () => {
  it('offers interaction triggers for the entry only disabled, with the reason', async () => {
    setup('entry');
    const select = screen.getByLabelText('Trigger');
    await waitFor(() => expect(within(select).getByRole('option', { name: /Email opened — cannot start a journey/ })).toBeDisabled());
    expect(within(select).getByRole('option', { name: 'Event registration created' })).toBeEnabled();
  });

  it('renders the chosen template sanitised in a sandboxed frame', async () => {
    server.use(
      http.get('*/api/email-templates', () =>
        HttpResponse.json({
          items: [{
            id: 'tpl-launch-confirmation', name: 'Hostile', category: 'confirmation', subject: 'Hi', updatedAt: '2026-03-01T00:00:00Z',
            html: '<html><body><p>Hello</p><script>alert(1)</script><img src="x" onerror="alert(2)"></body></html>',
          }, ...['a', 'b', 'c'].map((x) => ({ id: `tpl-${x}`, name: x, category: 'newsletter', subject: x, updatedAt: '2026-03-01T00:00:00Z', html: '<p>x</p>' }))],
          nextCursor: null,
        }),
      ),
    );
    const user = userEvent.setup();
    const store = setup('mail');
    const template = screen.getByLabelText('Template');
    await waitFor(() => expect(within(template).getAllByRole('option').length).toBeGreaterThan(3));
    await user.selectOptions(template, 'tpl-launch-confirmation');
    expect(store.getState().journey.tiles[1]).toMatchObject({ template: 'tpl-launch-confirmation' });
    const frame = await screen.findByTitle(/Preview of the template/);
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('<p>Hello</p>');
    expect(frame.getAttribute('srcdoc')).not.toMatch(/<script|onerror/i);
  });

  it('inserts a token into the subject and undoes it in one step', async () => {
    const user = userEvent.setup();
    const store = setup('mail');
    await user.type(screen.getByLabelText('Subject'), 'Hello ');
    await user.selectOptions(screen.getByLabelText('Insert a personalisation token in the subject'), 'contact.firstName');
    expect(store.getState().journey.tiles[1]).toMatchObject({ subject: 'Hello {{contact.firstName}}' });
    store.getState().undo();
    expect(store.getState().journey.tiles[1]).toMatchObject({ subject: 'Hello ' });
    store.getState().undo();
    expect(store.getState().journey.tiles[1]).toMatchObject({ subject: '' });
  });

  it('reorders and removes branches; removing one drops its connection', async () => {
    const user = userEvent.setup();
    const store = setup('split');
    await user.click(screen.getByRole('button', { name: 'Move Second up' }));
    expect(store.getState().journey.tiles[2]).toMatchObject({ branches: [{ id: 'b' }, { id: 'a' }] });
    await user.click(screen.getByRole('button', { name: 'Remove First' }));
    expect(store.getState().journey.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('refuses a label longer than the schema allows and keeps the typed text', async () => {
    const store = setup('mail');
    const input = screen.getByLabelText('Label');
    const user = userEvent.setup();
    await user.click(input);
    await user.paste('x'.repeat(121));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(input).toHaveValue('x'.repeat(121));
    expect(store.getState().journey.tiles[1].label).toBeUndefined();
  });

  it('edits journey settings when nothing is selected', async () => {
    const user = userEvent.setup();
    const store = setup();
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Renamed');
    expect(store.getState().journey.name).toBe('Renamed');
    await user.click(screen.getByRole('radio', { name: 'A contact may enter again after leaving' }));
    expect(store.getState().journey.reentry).toEqual({ mode: 'afterExit', cooldown: 'P7D' });
  });
});

describe('the subject field', () => {
  it('completes a token after {{ with the keyboard', async () => {
    const user = userEvent.setup();
    const store = setup('mail');
    await user.type(screen.getByLabelText('Subject'), 'Hi {{{{first');
    expect(screen.getByRole('listbox', { name: 'Personalisation tokens' })).toBeVisible();
    await user.keyboard('{Enter}');
    expect(store.getState().journey.tiles[1]).toMatchObject({ subject: 'Hi {{contact.firstName}}' });
  });
});
