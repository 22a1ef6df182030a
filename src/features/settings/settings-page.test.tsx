// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockServer } from '../../../mocks/use-mock-server';
import { setScenario } from '../../../mocks/scenarios';
import { renderWithProviders } from '../../../tests/render-with-providers';
import { SettingsPage } from './settings-page';

setupMockServer();
afterEach(cleanup);

async function readSettings() {
  const res = await fetch(new URL('/api/settings/event-admin', window.location.href));
  return res.json();
}

describe('event administration settings', () => {
  it('shows the saved strategy and delay, and saves changes with PUT', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage />);
    expect(await screen.findByRole('radio', { name: 'Email' })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Hours' })).toHaveValue(4);

    await user.click(screen.getByRole('radio', { name: 'First and last name' }));
    await user.clear(screen.getByRole('spinbutton', { name: 'Hours' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Hours' }), '5');
    await user.type(screen.getByRole('spinbutton', { name: 'Minutes' }), '{Backspace}30');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(await readSettings()).toMatchObject({ matching: 'name', checkinDelay: 'PT5H30M' });
  });

  it('refuses a zero delay without sending it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage />);
    const hours = await screen.findByRole('spinbutton', { name: 'Hours' });
    await user.clear(hours);
    await user.type(hours, '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(hours).toHaveAccessibleDescription(/longer than zero/);
    expect((await readSettings()).checkinDelay).toBe('PT4H');
  });

  it('keeps the form when the server cannot be reached', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage />);
    await user.click(await screen.findByRole('radio', { name: 'Email, first and last name' }));
    setScenario('offline', { remember: false });
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/server cannot be reached/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Email, first and last name' })).toBeChecked();
  });

  it('surfaces a conflict: their settings can be taken, or mine saved over them', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage />);
    await user.click(await screen.findByRole('radio', { name: 'First and last name' }));
    setScenario('conflict', { remember: false });
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/someone else changed these settings first/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'First and last name' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Use their settings' }));
    expect(screen.getByRole('radio', { name: 'Email' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'First and last name' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect((await readSettings()).matching).toBe('name');
  });
});
