import { expect, test, type Locator, type Page } from '@playwright/test';

/** Clicks `button` until `done` holds: a person pressing again after a failed request. */
async function pressUntil(page: Page, button: Locator, done: () => Promise<boolean>, attempts = 12) {
  for (let i = 0; i < attempts; i += 1) {
    if (await done()) return;
    if (await button.isVisible()) await button.click();
    await page.waitForTimeout(700);
  }
  expect(await done()).toBe(true);
}

test('with a flaky backend the create flow still completes, retrying where it failed', async ({ page }) => {
  await page.goto('/?scenario=flaky');
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  // Reads retry on their own; if they still fail, the person presses "Try again".
  await pressUntil(page, page.getByRole('button', { name: 'Try again' }), () =>
    page.getByRole('table', { name: 'Journeys' }).isVisible(),
  );

  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByRole('textbox', { name: /Name/ }).fill('Flaky network journey');
  const create = dialog.getByRole('button', { name: 'Create journey' });
  await pressUntil(page, create, async () => /\/journeys\/[A-Za-z0-9_-]+$/.test(page.url()));

  // Even after failures the name typed was never lost, and exactly the journey was created.
  await page.goto('/?scenario=normal&q=Flaky');
  await expect(page.getByRole('link', { name: 'Flaky network journey' }).first()).toBeVisible();
});

test('offline: the banner shows and typed input is kept', async ({ page }) => {
  await page.goto('/?scenario=offline');
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'You are offline or the server cannot be reached' });
  await expect(banner).toBeVisible();

  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByRole('textbox', { name: /Name/ }).fill('Written on the train');
  await dialog.getByRole('button', { name: 'Create journey' }).click();
  await expect(dialog).toContainText('The journey was not created.');
  await expect(dialog.getByRole('textbox', { name: /Name/ })).toHaveValue('Written on the train');
  await expect(page).toHaveURL(/\/(\?.*)?$/);

  // The settings form keeps its input too.
  await page.keyboard.press('Escape');
  await page.goto('/triggers');
  await page.getByRole('button', { name: 'Define a trigger' }).click();
  const trigger = page.getByRole('dialog', { name: 'Define a trigger' });
  await trigger.getByRole('textbox', { name: /^Name/ }).fill('Offline trigger');
  await trigger.getByRole('button', { name: 'Save as draft' }).click();
  await expect(trigger).toContainText('The trigger was not saved.');
  await expect(trigger.getByRole('textbox', { name: /^Name/ })).toHaveValue('Offline trigger');
  await expect(banner).toBeVisible();
});

test('conflict: a settings save that someone else beat is surfaced and can be resolved', async ({ page }) => {
  await page.goto('/settings?scenario=conflict');
  await expect(page.getByRole('heading', { level: 1, name: 'Event administration' })).toBeVisible();
  await page.getByRole('radio', { name: 'First and last name', exact: true }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Not saved: someone else changed these settings first.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'First and last name', exact: true })).toBeChecked();

  await page.getByRole('button', { name: 'Save mine over theirs' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'First and last name', exact: true })).toBeChecked();
});
