import { expect, test, type Page } from '@playwright/test';

async function openJourneys(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
}

async function resetDemoData(page: Page) {
  const reset = page.getByRole('button', { name: /reset demo data/i });
  if (!(await reset.isVisible())) await page.getByRole('button', { name: /dev panel|mock backend|backend/i }).first().click();
  await reset.click();
}

test('create a journey, find it listed after a reload, and reset the demo data', async ({ page }) => {
  await openJourneys(page);
  await expect(page.getByRole('link', { name: 'Launch webinar follow-up' })).toBeVisible();

  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByRole('textbox', { name: /Name/ }).fill('E2E autumn webinar');
  const zone = dialog.getByRole('combobox', { name: 'Time zone' });
  await zone.fill('new york');
  await page.getByRole('option', { name: 'America/New_York' }).click();
  await expect(zone).toHaveValue('America/New_York');
  await dialog.getByRole('button', { name: 'Create journey' }).click();
  await expect(page).toHaveURL(/\/journeys\/[A-Za-z0-9_-]+$/);

  await openJourneys(page);
  await expect(page.getByRole('link', { name: 'E2E autumn webinar' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'E2E autumn webinar' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search journeys' }).fill('autumn');
  await expect(page.getByRole('link', { name: 'Launch webinar follow-up' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'E2E autumn webinar' })).toBeVisible();

  await resetDemoData(page);
  await openJourneys(page);
  await expect(page.getByRole('link', { name: 'Launch webinar follow-up' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'E2E autumn webinar' })).toHaveCount(0);
});

test('importing a broken journey file lists its errors by path and creates nothing', async ({ page }) => {
  await openJourneys(page);
  await expect(page.getByRole('link', { name: 'Launch webinar follow-up' })).toBeVisible();
  const rowsBefore = await page.getByRole('table', { name: 'Journeys' }).getByRole('row').count();

  await page.getByRole('button', { name: 'Import a journey file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a journey file' });
  const broken = {
    schemaVersion: 1,
    id: 'broken-import',
    name: 'Broken import',
    timeZone: 'Europe/Paris',
    colour: 'blue',
    tiles: [{ id: 'entry', kind: 'trigger' }, { id: 'mail', kind: 'email', subject: 'Hi' }],
    edges: [],
  };
  await dialog.getByLabel('Journey file').setInputFiles({
    name: 'broken-import.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken, null, 2)),
  });
  const problems = dialog.getByRole('list', { name: 'Problems in the file' });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('colour');
  await expect(problems).toContainText('tiles[0].trigger');
  await expect(dialog).toContainText('Nothing was imported');

  await dialog.getByLabel('Journey file').setInputFiles({
    name: 'not-json.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "schemaVersion": 1,\n  "name": oops }'),
  });
  await expect(dialog).toContainText(/not valid JSON \(line 2/);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Launch webinar follow-up' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Journeys' }).getByRole('row')).toHaveCount(rowsBefore);
  await expect(page.getByRole('link', { name: 'Broken import' })).toHaveCount(0);
});

test('a live journey cannot be deleted: the refusal says to stop it first', async ({ page }) => {
  await openJourneys(page);
  await page.getByRole('button', { name: 'Delete Launch webinar follow-up' }).click();
  const dialog = page.getByRole('alertdialog', { name: /Delete “Launch webinar follow-up”/ });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toContainText(/stop it before deleting/i);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Launch webinar follow-up' })).toBeVisible();
});
