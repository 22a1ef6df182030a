import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/journeys/${name}`, import.meta.url));
const broken = existsSync(fixture('broken-journey.json')) ? fixture('broken-journey.json') : fixture('check-broken.json');

test('a marketer picks a broken journey file and reads its errors', async ({ page }) => {
  await page.goto('/check');
  await expect(page.getByRole('heading', { name: 'Check a journey file' })).toBeVisible();
  await page.getByLabel('Choose a journey file…').setInputFiles(broken);
  const result = page.getByRole('region', { name: 'Check result' });
  const errors = result.getByRole('region', { name: /Errors \(\d+\)/ });
  await expect(errors).toBeVisible();
  expect(await errors.getByRole('listitem').count()).toBeGreaterThan(1);
  await expect(result.getByText(/blocks? publishing/)).toBeVisible();
  await expect(result.getByRole('region', { name: /Warnings \(\d+\)/ })).toBeVisible();
});

test('a file that is not JSON says where it breaks', async ({ page }) => {
  await page.goto('/check');
  await page.getByLabel('Choose a journey file…').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "name": "x",\n  oops\n}'),
  });
  await expect(page.getByRole('alert')).toContainText(/not valid JSON.*line 3, column 3/);
});

test('the check page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/check');
  await page.getByLabel('Choose a journey file…').setInputFiles(broken);
  await expect(page.getByRole('region', { name: 'Check result' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

// `custom.whitepaper` is defined only in the backend's trigger catalog (a custom trigger, ready).
const customTriggerJourney = {
  name: 'whitepaper.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      schemaVersion: 1,
      id: 'paper',
      name: 'Paper',
      timeZone: 'Europe/Paris',
      tiles: [
        { id: 'entry', kind: 'trigger', trigger: 'custom.whitepaper' },
        { id: 'done', kind: 'exit' },
      ],
      edges: [{ id: 'e1', from: 'entry', port: 'next', to: 'done' }],
    }),
  ),
};

test('a journey started by a custom trigger of the backend checks clean', async ({ page }) => {
  await page.goto('/check');
  await page.getByLabel('Choose a journey file…').setInputFiles(customTriggerJourney);
  const result = page.getByRole('region', { name: 'Check result' });
  await expect(result.getByText('No problems found: this journey can be published.')).toBeVisible();
  await expect(result.getByText('trigger-unknown')).toHaveCount(0);
  await expect(result.getByText(/Custom triggers/)).toHaveCount(0);
});

test('without the trigger catalog the check still runs with the built-in triggers and says so', async ({ page }) => {
  await page.goto('/check?scenario=offline');
  await expect(page.getByRole('heading', { name: 'Check a journey file' })).toBeVisible();
  await page.getByLabel('Choose a journey file…').setInputFiles(customTriggerJourney);
  const result = page.getByRole('region', { name: 'Check result' });
  await expect(result.getByText('trigger-unknown')).toBeVisible();
  // Reads retry a few times before giving up.
  await expect(result.getByText('Custom triggers could not be loaded; they are reported as unknown.')).toBeVisible({ timeout: 20_000 });
});
