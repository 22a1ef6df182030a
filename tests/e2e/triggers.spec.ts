import { expect, test } from '@playwright/test';

test('define a custom trigger, mark it ready, and find it ready after a reload', async ({ page }) => {
  await page.goto('/triggers');
  await expect(page.getByRole('heading', { level: 1, name: 'Triggers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Event registration created' })).toBeVisible();

  await page.getByRole('button', { name: 'Define a trigger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Define a trigger' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Pricing page visited');
  await dialog.getByRole('button', { name: 'Add attribute' }).click();
  await dialog.getByRole('textbox', { name: 'Attribute 1 name' }).fill('plan');
  await dialog.getByRole('button', { name: 'Add attribute' }).click();
  await dialog.getByRole('textbox', { name: 'Attribute 2 name' }).fill('visits');
  await dialog.getByRole('combobox', { name: 'Attribute 2 type' }).selectOption('number');
  await dialog.getByRole('button', { name: 'Save as draft' }).click();
  await expect(dialog).toBeHidden();

  const custom = page.getByRole('region', { name: /^Custom/ });
  const card = custom.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Pricing page visited' }) });
  await expect(card).toContainText('Draft');
  await expect(card).toContainText('plan: string');
  await expect(card).toContainText('visits: number');

  await card.getByRole('button', { name: 'Mark Pricing page visited ready' }).click();
  await expect(card).toContainText('Ready');
  await expect(card.getByRole('button', { name: /Mark .* ready/ })).toHaveCount(0);

  await page.reload();
  const again = page
    .getByRole('region', { name: /^Custom/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Pricing page visited' }) });
  await expect(again).toContainText('Ready');
});

test('define a record-change trigger from the keyboard', async ({ page }) => {
  await page.goto('/triggers');
  await page.getByRole('button', { name: 'Define a trigger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Define a trigger' });
  await dialog.getByRole('radio', { name: /Record change/ }).check();
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Case escalated');
  await dialog.getByRole('textbox', { name: /^Table/ }).fill('incident');
  await dialog.getByRole('textbox', { name: /^Audience attribute/ }).fill('customerId');
  await dialog.getByRole('textbox', { name: /^Columns that must change/ }).fill('priority');
  await dialog.getByRole('textbox', { name: /^Columns that must change/ }).press('Enter');
  await expect(dialog).toBeHidden();
  const card = page
    .getByRole('region', { name: /^Record change/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Case escalated' }) });
  await expect(card).toContainText('Updated (priority changed)');
  await expect(card).toContainText('Draft');
});
