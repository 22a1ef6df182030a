// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockServer } from '../../../mocks/use-mock-server';
import { setScenario } from '../../../mocks/scenarios';
import { renderWithProviders } from '../../../tests/render-with-providers';
import { TriggersPage } from './triggers-page';

setupMockServer();
afterEach(cleanup);

const section = (name: RegExp) => screen.getByRole('region', { name });

describe('trigger catalog', () => {
  it('groups the catalog by family with attributes and statuses', async () => {
    renderWithProviders(<TriggersPage />);
    await screen.findByRole('heading', { name: /^Business/ });
    expect(within(section(/^Business/)).getByRole('heading', { name: 'Event registration created' })).toBeInTheDocument();
    expect(within(section(/^Interaction/)).getByRole('heading', { name: 'Email opened' })).toBeInTheDocument();
    const custom = section(/^Custom/);
    expect(within(custom).getByRole('list', { name: 'Attributes of Webinar feedback submitted' })).toHaveTextContent('rating: number');
    expect(within(section(/^Record change/)).getByText('incident')).toBeInTheDocument();
    // Only drafts can be marked ready; built-in triggers cannot be edited.
    expect(within(custom).getByRole('button', { name: 'Mark Webinar feedback submitted ready' })).toBeInTheDocument();
    expect(within(custom).queryByRole('button', { name: 'Mark White paper downloaded ready' })).not.toBeInTheDocument();
    expect(within(section(/^Business/)).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
  });

  it('defines a custom trigger as a draft, then marks it ready', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TriggersPage />);
    await user.click(await screen.findByRole('button', { name: 'Define a trigger' }));
    const dialog = screen.getByRole('dialog', { name: 'Define a trigger' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Demo requested');
    await user.click(within(dialog).getByRole('button', { name: 'Add attribute' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Attribute 1 name' }), 'product');
    await user.click(within(dialog).getByRole('button', { name: 'Add attribute' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Attribute 2 name' }), 'seats');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Attribute 2 type' }), 'number');
    await user.click(within(dialog).getByRole('button', { name: 'Save as draft' }));

    const card = (await within(section(/^Custom/)).findByRole('heading', { name: 'Demo requested' })).closest('li')!;
    expect(within(card).getByText('Draft')).toBeInTheDocument();
    expect(card).toHaveTextContent('product: string');
    expect(card).toHaveTextContent('seats: number');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Mark Demo requested ready' }));
    expect(await within(card).findByText('Ready')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Mark .* ready/ })).not.toBeInTheDocument();
  });

  it('defines a record-change trigger with table, audience, action and columns', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TriggersPage />);
    await user.click(await screen.findByRole('button', { name: 'Define a trigger' }));
    const dialog = screen.getByRole('dialog', { name: 'Define a trigger' });
    await user.click(within(dialog).getByRole('radio', { name: /Record change/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Opportunity won');
    await user.type(within(dialog).getByRole('textbox', { name: /^Table/ }), 'opportunity');
    await user.type(within(dialog).getByRole('textbox', { name: /^Audience attribute/ }), 'contactId');
    await user.type(within(dialog).getByRole('textbox', { name: /^Columns that must change/ }), 'stage, amount');
    await user.click(within(dialog).getByRole('button', { name: 'Save as draft' }));
    const card = (await within(section(/^Record change/)).findByRole('heading', { name: 'Opportunity won' })).closest('li')!;
    expect(card).toHaveTextContent('opportunity');
    expect(card).toHaveTextContent('contactId');
    expect(card).toHaveTextContent('Updated (stage, amount changed)');
  });

  it('blocks a form with missing fields before sending, naming each problem', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TriggersPage />);
    await user.click(await screen.findByRole('button', { name: 'Define a trigger' }));
    const dialog = screen.getByRole('dialog', { name: 'Define a trigger' });
    await user.click(within(dialog).getByRole('radio', { name: /Record change/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save as draft' }));
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveAccessibleDescription('Give the trigger a name.');
    expect(within(dialog).getByRole('textbox', { name: /^Table/ })).toBeInvalid();
    expect(within(dialog).getByRole('textbox', { name: /^Audience attribute/ })).toBeInvalid();
  });

  it('edits a trigger and, when someone else saved first, shows the conflict and keeps the edit', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TriggersPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit Webinar feedback submitted' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit “Webinar feedback submitted”' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Feedback form sent');
    setScenario('conflict', { remember: false });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText(/Someone else changed this trigger/)).toBeInTheDocument();
    expect(name).toHaveValue('Feedback form sent');
    // The conflict was for that one save: saving again goes through.
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(section(/^Custom/)).findByRole('heading', { name: 'Feedback form sent' })).toBeInTheDocument();
  });
});
