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
