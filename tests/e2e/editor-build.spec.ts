import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createJourney, insertAfter, openEditor, setLabel, tile, waitSaved } from './editor-support';

test('a marketer builds the launch webinar journey with mouse and keyboard, then publishes it', async ({ page }) => {
  test.setTimeout(240_000);
  const id = await createJourney(page, 'Launch webinar (built in e2e)');
  await openEditor(page, id);
  await expect(page.getByRole('heading', { name: 'Journey settings' })).toBeVisible();

  // Entry: keyboard on the palette.
  await page.getByRole('button', { name: 'Add a Trigger tile' }).focus();
  await page.keyboard.press('Enter');
  await expect(tile(page, 'trigger-1')).toBeVisible();
  await setLabel(page, 'Registered');
  await page.getByRole('button', { name: 'Add a filter to Only when' }).click();
  await page.getByLabel('Only when: attribute').fill('trigger.eventId');
  await page.getByLabel('Only when: operator').selectOption('eq');
  await page.getByLabel('Only when: value').fill('evt-launch');
  await expect(tile(page, 'trigger-1')).toContainText('Registration created · evt-launch');

  // Confirmation email.
  await insertAfter(page, 'Registered', 'Next', 'Email');
  await setLabel(page, 'Confirmation');
  await page.getByLabel('Template', { exact: true }).selectOption('tpl-launch-confirmation');

  // Wait until 1 day before the event starts (the default of an event-relative wait).
  await insertAfter(page, 'Confirmation', 'Next', 'Wait');
  await setLabel(page, 'Day before');
  await page.getByRole('radio', { name: 'Until a moment' }).check();
  await expect(tile(page, 'wait-1')).toContainText('Until 1 day before the event starts');

  await insertAfter(page, 'Day before', 'Next', 'Email');
  await setLabel(page, 'Reminder');
  await page.getByLabel('Template', { exact: true }).selectOption('tpl-launch-reminder');

  // Wait for the check-in, with an event-relative timeout.
  await insertAfter(page, 'Reminder', 'Next', 'Wait');
  await setLabel(page, 'Check-in');
  await page.getByRole('radio', { name: 'For a signal (with a timeout)' }).check();
  const checks = page.getByRole('region', { name: /Checks/ });
  const tooShort = checks.getByText('checkin-wait-too-short');
  const amount = page.getByLabel('Time out: how long after: amount');
  await amount.fill('1');
  await expect(tooShort).toBeVisible();
  await amount.fill('6');
  await expect(tooShort).toHaveCount(0);

  await insertAfter(page, 'Check-in', 'Triggered', 'Email');
  await setLabel(page, 'Thank you');
  await page.getByLabel('Template', { exact: true }).selectOption('tpl-launch-thanks');
  await page.getByTestId('tile-wait-2').click();
  await insertAfter(page, 'Check-in', 'Timed out', 'Email');
  await setLabel(page, 'Replay');
  await page.getByLabel('Template', { exact: true }).selectOption('tpl-launch-replay');

  // An exit, connected with the mouse by dragging from a port to the tile.
  await page.getByRole('button', { name: 'Add a Exit tile' }).click();
  await expect(tile(page, 'exit-1')).toBeVisible();
  await page.getByRole('button', { name: 'Tidy up' }).click();
  await page.waitForTimeout(400);
  // Keep the ports away from the canvas edge, where dragging a connection pans the view.
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.waitForTimeout(400);
  const from = await page.getByTitle('Thank you: Next exit').boundingBox();
  const to = await page.getByTitle('Into Exit').boundingBox();
  if (!from || !to) throw new Error('handles not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 20);
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await page.getByTestId('tile-email-3').click();
  await expect(page.getByLabel('Next goes to')).toHaveValue('exit-1');

  // Undo removes the connection, redo brings it back (Ctrl+Shift+Z and Ctrl+Y).
  const thanksNext = async (expected: string) => {
    await page.getByTestId('tile-email-3').click();
    await expect(page.getByLabel('Next goes to')).toHaveValue(expected);
  };
  await page.keyboard.press('Control+z');
  await thanksNext('');
  await page.keyboard.press('Control+Shift+z');
  await thanksNext('exit-1');
  await page.keyboard.press('Control+z');
  await thanksNext('');
  await page.keyboard.press('Control+y');
  await thanksNext('exit-1');

  await expect(page.getByRole('region', { name: /Checks/ })).toContainText('No problems found');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.locator('.editor-title').getByText('Live', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('toolbar', { name: 'Journey editing' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.editor-title').getByText('Live', { exact: true })).toBeVisible();
  await expect(tile(page, 'email-4')).toContainText('Replay');
  await page.getByTestId('tile-email-3').click();
  await expect(page.getByLabel('Next goes to')).toHaveValue('exit-1');
});

test('publishing is blocked with the reasons while the journey has errors', async ({ page }) => {
  const id = await createJourney(page, 'Blocked journey');
  await openEditor(page, id);
  await page.getByRole('button', { name: 'Add a Email tile' }).click();
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  await expect(page.locator('#publish-blocked')).toContainText('Publishing is blocked');
  await page.getByRole('region', { name: /Checks/ }).getByRole('button', { name: /no template/i }).click();
  await expect(tile(page, 'email-1')).toHaveClass(/is-selected/);
});

test('the editor has no serious accessibility violations', async ({ page }) => {
  await openEditor(page, 'launch-webinar-follow-up');
  await expect(tile(page, 'entry')).toBeVisible();
  await page.getByTestId('tile-wait-checkin').click();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});
