import { expect, test, type Page } from '@playwright/test';
import { openEditor, saveStatus, tile, waitSaved } from './editor-support';

const journey = {
  schemaVersion: 1,
  id: 'drag-me',
  name: 'Drag me',
  timeZone: 'Europe/Paris',
  tiles: [
    { id: 'start', kind: 'trigger', trigger: 'registration.created', position: { x: 0, y: 0 } },
    { id: 'hello', kind: 'email', label: 'Hello', template: 'tpl-launch-confirmation', subject: 'Hello', position: { x: 0, y: 200 } },
    { id: 'bye', kind: 'exit', position: { x: 0, y: 400 } },
  ],
  edges: [
    { id: 'e1', from: 'start', port: 'next', to: 'hello' },
    { id: 'e2', from: 'hello', port: 'next', to: 'bye' },
  ],
};

async function savedPosition(page: Page, tileId: string) {
  return page.evaluate(async ([id, t]) => {
    const body = (await (await fetch(`/api/journeys/${id}`)).json()) as { journey: { tiles: { id: string; position: { x: number; y: number } }[] } };
    return body.journey.tiles.find((x) => x.id === t)!.position;
  }, [journey.id, tileId] as const);
}

test('a tile dragged with the mouse moves in one undo step, and the drop position is saved', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.evaluate(async (doc) => {
    await fetch('/api/journeys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(doc) });
  }, journey);
  await openEditor(page, journey.id);
  const hello = tile(page, 'hello');
  await expect(hello).toBeVisible();
  await waitSaved(page);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();

  const before = (await hello.boundingBox())!;
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)![1]));
  await page.mouse.move(before.x + before.width * 0.3, before.y + 20);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width * 0.3 + 150, before.y + 20 + 60, { steps: 15 });
  // Mid-drag the tile follows the pointer, but the document has not changed yet.
  // (React Flow starts the drag once the pointer has moved, so the first step is not followed.)
  await expect.poll(async () => (await hello.boundingBox())!.x - before.x).toBeGreaterThan(120);
  await expect(undo).toBeDisabled();
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.mouse.up();

  await expect(undo).toBeEnabled();
  const after = (await hello.boundingBox())!;
  await waitSaved(page);
  const saved = await savedPosition(page, 'hello');
  expect(Math.abs(saved.x - (after.x - before.x) / zoom)).toBeLessThan(1.5);
  expect(Math.abs(saved.y - 200 - (after.y - before.y) / zoom)).toBeLessThan(1.5);
  expect(saved.x).toBeGreaterThan(100);

  // One step: undo puts the tile back and leaves nothing more to undo.
  await undo.click();
  await expect.poll(async () => Math.round((await hello.boundingBox())!.x - before.x)).toBe(0);
  await expect(undo).toBeDisabled();
  await waitSaved(page);
  expect(await savedPosition(page, 'hello')).toEqual({ x: 0, y: 200 });
});

test('two selected tiles dragged together move in one undo step', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const doc = { ...journey, id: 'drag-two', name: 'Drag two' };
  await page.evaluate(async (d) => {
    await fetch('/api/journeys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(d) });
  }, doc);
  await openEditor(page, doc.id);
  const hello = tile(page, 'hello');
  const bye = tile(page, 'bye');
  await expect(bye).toBeVisible();
  await waitSaved(page);
  await hello.click({ position: { x: 60, y: 20 } });
  await bye.click({ position: { x: 60, y: 20 }, modifiers: ['Shift'] });
  await expect(page.getByRole('heading', { name: '2 tiles selected' })).toBeVisible();

  const helloBefore = (await hello.boundingBox())!;
  const byeBefore = (await bye.boundingBox())!;
  await page.mouse.move(byeBefore.x + 60, byeBefore.y + 20);
  await page.mouse.down();
  await page.mouse.move(byeBefore.x + 60 + 120, byeBefore.y + 20 + 10, { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await hello.boundingBox())!.x - helloBefore.x).toBeGreaterThan(90);
  expect(Math.round((await bye.boundingBox())!.x - byeBefore.x)).toBe(Math.round((await hello.boundingBox())!.x - helloBefore.x));

  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect.poll(async () => Math.round((await hello.boundingBox())!.x - helloBefore.x)).toBe(0);
  expect(Math.round((await bye.boundingBox())!.x - byeBefore.x)).toBe(0);
  await expect(undo).toBeDisabled();
});

test('a selected connection is reconnected by dragging its end onto another tile, in one undo step', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const doc = {
    ...journey,
    id: 'reconnect-me',
    name: 'Reconnect me',
    tiles: [...journey.tiles, { id: 'other', kind: 'exit', label: 'Other', position: { x: 320, y: 400 } }],
  };
  await page.evaluate(async (d) => {
    await fetch('/api/journeys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(d) });
  }, doc);
  await openEditor(page, doc.id);
  await expect(tile(page, 'other')).toBeVisible();
  const connection = page.locator('.react-flow__edge[data-id="e2"]');
  // Unselected connections carry no draggable ends.
  await expect(page.locator('.react-flow__edgeupdater')).toHaveCount(0);
  await expect(page.getByText("The exit 'Other' cannot be reached from the start of the journey", { exact: false }).first()).toBeVisible();

  // A click halfway down the connection (a straight line: its box has no width to click in).
  const top = (await page.locator('.react-flow__node[data-id="hello"] .react-flow__handle-bottom').boundingBox())!;
  const bottom = (await page.locator('.react-flow__node[data-id="bye"] .react-flow__handle-top').boundingBox())!;
  await page.mouse.click(top.x + top.width / 2, (top.y + bottom.y + bottom.height) / 2);
  const end = connection.locator('.react-flow__edgeupdater-target');
  await expect(end).toHaveCount(1);
  const from = (await end.boundingBox())!;
  const to = (await page.locator('.react-flow__node[data-id="other"] .react-flow__handle-top').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();

  // 'hello' now leads to 'other', which leaves 'bye' out of the journey.
  const byeCutOff = page.getByText("The exit 'bye' cannot be reached from the start of the journey", { exact: false });
  const otherCutOff = page.getByText("The exit 'Other' cannot be reached from the start of the journey", { exact: false });
  await expect(byeCutOff.first()).toBeVisible();
  await expect(otherCutOff).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(byeCutOff).toHaveCount(0);
  await expect(otherCutOff.first()).toBeVisible();
  await expect(undo).toBeDisabled();
});
