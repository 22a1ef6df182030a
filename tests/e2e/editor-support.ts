import { expect, type Page } from '@playwright/test';

// Creates a journey through the (mock) API from inside the page, so the service worker answers.
export async function createJourney(page: Page, name: string): Promise<string> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const id = await page.evaluate(async (journeyName) => {
    const response = await fetch('/api/journeys', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: journeyName, timeZone: 'Europe/Paris' }),
    });
    const body = (await response.json()) as { journey: { id: string } };
    return body.journey.id;
  }, name);
  return id;
}

export async function openEditor(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`/journeys/${encodeURIComponent(id)}${query}`);
  await expect(page.getByRole('toolbar', { name: 'Journey editing' })).toBeVisible({ timeout: 30_000 });
}

export const tile = (page: Page, id: string) => page.getByTestId(`tile-${id}`);

export async function insertAfter(page: Page, tileTitle: string, port: string, kind: string): Promise<void> {
  await page.getByRole('button', { name: `Insert a tile after ${tileTitle}: ${port}` }).click();
  await page.getByRole('menu', { name: 'Insert a tile' }).getByRole('menuitem', { name: kind }).click();
}

export async function setLabel(page: Page, label: string): Promise<void> {
  const input = page.getByLabel('Label', { exact: true });
  await input.fill(label);
}

export const saveStatus = (page: Page) => page.locator('.save-status');

export async function waitSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
}
