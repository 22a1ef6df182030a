import { expect, test } from '@playwright/test';
import { createJourney, openEditor, saveStatus, setLabel, tile, waitSaved } from './editor-support';

async function chooseScenario(page: import('@playwright/test').Page, name: string) {
  await page.getByRole('button', { name: 'Dev panel' }).click();
  await page.getByLabel('Backend scenario').selectOption(name);
  await page.getByRole('button', { name: 'Dev panel' }).click();
}

test('edits made offline are kept on this device and offered back after a reload', async ({ page }) => {
  const id = await createJourney(page, 'Offline edits');
  await openEditor(page, id);
  await page.getByRole('button', { name: 'Add a Trigger tile' }).click();
  await waitSaved(page);
  await chooseScenario(page, 'offline');
  await page.getByRole('button', { name: 'Add a Exit tile' }).click();
  await setLabel(page, 'Left while offline');
  await expect(saveStatus(page)).toHaveText('Offline — changes kept on this device', { timeout: 15_000 });

  await page.goto(`/journeys/${id}?scenario=normal`);
  const offer = page.getByRole('region', { name: 'Unsaved changes found' });
  await expect(offer).toBeVisible();
  await expect(tile(page, 'exit-1')).toHaveCount(0);
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(tile(page, 'exit-1')).toContainText('Left while offline');
  await waitSaved(page);

  await page.reload();
  await expect(tile(page, 'exit-1')).toContainText('Left while offline');
  await expect(page.getByRole('region', { name: 'Unsaved changes found' })).toHaveCount(0);
});

test('a save conflict is resolved by comparing and keeping mine', async ({ page }) => {
  const id = await createJourney(page, 'Conflicting edits');
  await openEditor(page, id, '?scenario=conflict');
  await page.getByRole('button', { name: 'Add a Trigger tile' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this journey' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByRole('table')).toContainText('trigger-1');
  await expect(saveStatus(page)).toContainText('Conflict');
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await waitSaved(page);
  await expect(dialog).toHaveCount(0);
  await page.goto(`/journeys/${id}?scenario=normal`);
  await expect(tile(page, 'trigger-1')).toBeVisible();
});

test('a save conflict can be resolved by taking theirs, and that is undoable', async ({ page }) => {
  const id = await createJourney(page, 'Take theirs');
  await openEditor(page, id, '?scenario=conflict');
  await page.getByRole('button', { name: 'Add a Wait tile' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this journey' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await dialog.getByRole('button', { name: 'Take theirs' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+z');
  await expect(tile(page, 'wait-1')).toBeVisible();
  await waitSaved(page);
});
