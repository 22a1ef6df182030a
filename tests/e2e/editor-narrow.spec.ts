import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createJourney, openEditor, tile } from './editor-support';

const phone = { width: 390, height: 844 };

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function expectNoSeriousAxeViolation(page: Page): Promise<void> {
  // The email preview is a sandboxed iframe (no scripts) axe cannot enter: it would wait for it forever.
  const results = await new AxeBuilder({ page }).exclude('.email-preview').analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

async function expectInsideScreenWidth(page: Page, name: string): Promise<void> {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  expect(box, name).not.toBeNull();
  expect(box!.x, name).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, name).toBeLessThanOrEqual(phone.width);
}

test('on a 390 px phone the worked example keeps a large canvas, a one-row palette and a reachable inspector', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize(phone);
  await openEditor(page, 'launch-webinar-follow-up');
  await expect(tile(page, 'confirm')).toBeVisible();

  // The canvas takes at least half of the screen height.
  const canvas = await page.locator('.editor-canvas-area').boundingBox();
  expect(canvas!.height).toBeGreaterThanOrEqual(phone.height / 2);

  // Every palette button is on screen, in one row.
  const kinds = ['Trigger', 'Email', 'Wait', 'Condition', 'Exit'];
  for (const kind of kinds) await expectInsideScreenWidth(page, `Add a ${kind} tile`);
  const tops = await Promise.all(kinds.map(async (k) => (await page.getByRole('button', { name: `Add a ${k} tile` }).boundingBox())!.y));
  expect(new Set(tops).size).toBe(1);

  // The everyday tools show; the rest are one press away.
  const toolbar = page.getByRole('toolbar', { name: 'Journey editing' });
  for (const name of ['Undo', 'Redo', 'Delete', 'Fit view', 'More tools']) await expectInsideScreenWidth(page, name);
  await expect(toolbar.getByRole('button', { name: 'Tidy up' })).toBeHidden();
  const more = toolbar.getByRole('button', { name: 'More tools' });
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Cut', 'Copy', 'Paste', 'Select all', 'Tidy up', 'Export file', 'Import file…']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expectNoSidewaysScroll(page);
  await more.click();
  await expect(toolbar.getByRole('button', { name: 'Tidy up' })).toBeHidden();

  // Keyboard order follows the screen: the toolbar, then the palette, then the canvas.
  await toolbar.getByRole('button', { name: 'Fit view' }).focus();
  await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add a Trigger tile' })).toBeFocused();

  // Picking a tile shows its form below the canvas; the inspector folds away and opens again on the next pick.
  await tile(page, 'confirm').click();
  const inspectorToggle = page.getByRole('button', { name: 'Inspector' });
  await expect(inspectorToggle).toHaveAttribute('aria-expanded', 'true');
  const label = page.getByLabel('Label', { exact: true });
  await label.scrollIntoViewIfNeeded();
  await expect(label).toHaveValue('Confirmation');
  await expectInsideScreenWidth(page, 'Inspector');
  await inspectorToggle.click();
  await expect(label).toBeHidden();
  const checksToggle = page.getByRole('button', { name: /^Checks/ });
  await checksToggle.scrollIntoViewIfNeeded();
  await expect(checksToggle).toHaveAccessibleName('Checks No problems found');
  await tile(page, 'reminder').scrollIntoViewIfNeeded();
  await tile(page, 'reminder').click();
  await expect(inspectorToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(label).toHaveValue('Reminder with Join link');

  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolation(page);
});

test('on a 390 px phone an empty journey gets its first tile from the palette, and the checks fold', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize(phone);
  const id = await createJourney(page, 'Phone-sized journey with a name long enough to need more than one line on a phone');
  await openEditor(page, id);
  await expectNoSidewaysScroll(page);

  const checksToggle = page.getByRole('button', { name: /^Checks/ });
  await expect(checksToggle).toHaveAccessibleName('Checks 1 error, 0 warnings');
  const finding = page.getByText('The journey has no starting point', { exact: false }).last();
  await expect(finding).toBeVisible();
  await checksToggle.click();
  await expect(checksToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(finding).toBeHidden();
  await checksToggle.click();

  await page.getByRole('button', { name: 'Add a Trigger tile' }).click();
  await expect(tile(page, 'trigger-1')).toBeInViewport();
  await expect(page.getByRole('heading', { name: /Trigger trigger-1/ })).toBeAttached();
  await expect(checksToggle).toHaveAccessibleName(/^Checks (?!1 error, 0 warnings)/);

  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolation(page);
});

test('the overview map shows only on a canvas with room for it, never over the tiles of a small one', async ({ page }) => {
  // At 1,000 px wide the canvas is about 660 px: the map would cover the "Replay" tile.
  await page.setViewportSize({ width: 1000, height: 800 });
  await openEditor(page, 'launch-webinar-follow-up');
  const overview = page.locator('.react-flow__minimap');
  await expect(tile(page, 'replay')).toBeVisible();
  await expect(overview).toHaveCount(0);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(overview).toBeVisible();
});
