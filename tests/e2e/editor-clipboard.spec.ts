import { expect, test } from '@playwright/test';
import { createJourney, openEditor, tile, waitSaved } from './editor-support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('three tiles copied from one journey are pasted into another, with their connections', async ({ page }) => {
  const target = await createJourney(page, 'Paste target');
  await openEditor(page, 'launch-webinar-follow-up');
  await tile(page, 'confirm').click();
  await tile(page, 'wait-day-before').click({ modifiers: ['Shift'] });
  await tile(page, 'reminder').click({ modifiers: ['Shift'] });
  await expect(page.getByRole('heading', { name: '3 tiles selected' })).toBeVisible();
  await page.keyboard.press('Control+c');

  await openEditor(page, target);
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+v');
  await expect(tile(page, 'confirm')).toBeVisible();
  await expect(tile(page, 'wait-day-before')).toBeVisible();
  await expect(tile(page, 'reminder')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await waitSaved(page);

  // Pasting again in the same journey makes copies with new ids.
  await page.keyboard.press('Control+v');
  await expect(tile(page, 'confirm-1')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await page.keyboard.press('Control+z');
  await expect(tile(page, 'confirm-1')).toHaveCount(0);
});
