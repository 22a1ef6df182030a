import { expect, test } from '@playwright/test';
import { createJourney, openEditor, tile, waitSaved } from './editor-support';

test('an earlier version is shown read-only and restored as the draft', async ({ page }) => {
  const id = await createJourney(page, 'Versioned');
  await openEditor(page, id);
  await page.getByRole('button', { name: 'Add a Trigger tile' }).click();
  await waitSaved(page);
  await page.getByRole('button', { name: 'Add a Exit tile' }).click();
  await waitSaved(page);

  await page.getByRole('button', { name: 'Versions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved versions' });
  await dialog.getByRole('button', { name: /^Version 2/ }).click();
  const preview = dialog.getByRole('group', { name: 'Version 2, read only' });
  await expect(preview.getByTestId('tile-trigger-1')).toBeVisible();
  await expect(preview.getByTestId('tile-exit-1')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Restore version 2 as the draft' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(tile(page, 'exit-1')).toHaveCount(0);
  await expect(tile(page, 'trigger-1')).toBeVisible();
  await waitSaved(page);
});

test('a journey file that is not a journey is refused with its paths; a good one replaces the content', async ({ page }) => {
  const id = await createJourney(page, 'Imported into');
  await openEditor(page, id);
  await page.getByLabel('Journey file to import').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, id: 'x', name: 'x', timeZone: 'UTC', tiles: [{ id: 'a', kind: 'exit', colour: 1 }], edges: [] })),
  });
  const refusal = page.getByRole('dialog', { name: 'This file cannot be imported' });
  await expect(refusal).toContainText('tiles[0].colour');
  await refusal.getByRole('button', { name: 'Close' }).click();

  const good = {
    schemaVersion: 1, id: 'other-id', name: 'From a file', timeZone: 'Europe/Paris',
    tiles: [
      { id: 'start', kind: 'trigger', trigger: 'contact.created', position: { x: 0, y: 0 } },
      { id: 'bye', kind: 'exit', position: { x: 0, y: 160 } },
    ],
    edges: [{ id: 'e1', from: 'start', port: 'next', to: 'bye' }],
  };
  await page.getByLabel('Journey file to import').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(page.getByRole('heading', { level: 1, name: 'From a file' })).toBeVisible();
  await expect(tile(page, 'start')).toBeVisible();
  await waitSaved(page);
  await page.keyboard.press('Control+z');
  await expect(tile(page, 'start')).toHaveCount(0);
});
