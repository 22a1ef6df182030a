import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  { path: '/', ready: { role: 'table' as const, name: 'Journeys' } },
  { path: '/events', ready: { role: 'table' as const, name: 'Events' } },
  { path: '/events/evt-launch', ready: { role: 'region' as const, name: 'Activity records' } },
  { path: '/triggers', ready: { role: 'heading' as const, name: 'Event registration created' } },
  { path: '/settings', ready: { role: 'button' as const, name: 'Save settings' } },
];

for (const { path, ready } of pages) {
  test(`no serious or critical accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole(ready.role, { name: ready.name })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
}

test('no serious or critical violation with the create dialog open', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey' }).click();
  await page.getByRole('combobox', { name: 'Time zone' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(bad).toEqual([]);
});

test('no serious or critical violation on a 390 px wide screen with the menu open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Launch webinar follow-up' })).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(bad).toEqual([]);
  // Nothing wider than the screen: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
