// The mouse and the measures of `npm run bench:canvas`, shared by the editor and the bare page:
// both are set to the same zoom, centred on the same tile, and driven by the same gestures.
import type { CDPSession, Page } from '@playwright/test';

export type XY = { x: number; y: number };
export type Measure = {
  meanFrameMs: number;
  p95FrameMs: number;
  lateShare: number;
  // Main-thread CPU per frame; taskMsPerFrame is the same thread's busy wall time.
  mainMsPerFrame: number;
  taskMsPerFrame: number;
  frames: number;
  tileRenders: number;
};

const GESTURE_MS = 2500;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

type Viewport = { x: number; y: number; zoom: number; left: number; top: number; width: number; height: number };

// React Flow writes its viewport as one CSS transform; reading it needs no hook in the app.
export async function readViewport(page: Page): Promise<Viewport> {
  return page.evaluate(`(() => {
    const box = document.querySelector('.react-flow').getBoundingClientRect();
    const t = document.querySelector('.react-flow__viewport').style.transform;
    const m = /translate\\(([-\\d.e]+)px, ?([-\\d.e]+)px\\) scale\\(([\\d.e-]+)\\)/.exec(t);
    if (!m) throw new Error('unreadable viewport transform: ' + t);
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]), left: box.left, top: box.top, width: box.width, height: box.height };
  })()`);
}

const toScreen = (v: Viewport, p: XY): XY => ({ x: v.left + v.x + p.x * v.zoom, y: v.top + v.y + p.y * v.zoom });

const mouse = (cdp: CDPSession, type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', p: XY, pressed: boolean) =>
  cdp.send('Input.dispatchMouseEvent', { type, x: p.x, y: p.y, button: 'left', buttons: pressed ? 1 : 0, clickCount: 1 });

// A point of the empty pane (between tiles) near `near`, where a press pans instead of dragging a tile.
async function panePoint(page: Page, near: XY): Promise<XY> {
  const point = await page.evaluate(`(() => {
    const near = ${JSON.stringify(near)};
    for (let r = 0; r < 400; r += 6) {
      for (let a = 0; a < 24; a++) {
        const x = near.x + r * Math.cos(a * Math.PI / 12), y = near.y + r * Math.sin(a * Math.PI / 12);
        const el = document.elementFromPoint(x, y);
        if (el && el.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  })()`);
  if (!point) throw new Error('no empty pane point');
  return point as XY;
}

// Wheel-zooms about the anchor (it stays under the pointer, as d3-zoom keeps the pointed spot),
// then pans with the mouse until the anchor sits at the middle of the canvas. Both pages get the
// same zoom and the same flow point in the middle, whatever their fit view was.
export async function frame(page: Page, cdp: CDPSession, anchor: XY, zoom: number): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const v = await readViewport(page);
    if (Math.abs(v.zoom - zoom) < 0.0005) break;
    const at = toScreen(v, anchor);
    const inside = { x: Math.min(Math.max(at.x, v.left + 20), v.left + v.width - 20), y: Math.min(Math.max(at.y, v.top + 20), v.top + v.height - 20) };
    await mouse(cdp, 'mouseMoved', inside, false);
    // React Flow zooms by 2^(-deltaY * 0.002) per wheel event (pixel mode).
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: inside.x, y: inside.y, deltaX: 0, deltaY: -Math.log2(zoom / v.zoom) / 0.002 });
    await page.waitForTimeout(300);
  }
  for (let i = 0; i < 30; i++) {
    const v = await readViewport(page);
    const at = toScreen(v, anchor);
    const centre = { x: v.left + v.width / 2, y: v.top + v.height / 2 };
    const d = { x: centre.x - at.x, y: centre.y - at.y };
    if (Math.abs(d.x) < 1 && Math.abs(d.y) < 1) break;
    const step = { x: Math.max(-150, Math.min(150, d.x)), y: Math.max(-150, Math.min(150, d.y)) };
    const from = await panePoint(page, centre);
    await mouse(cdp, 'mouseMoved', from, false);
    await mouse(cdp, 'mousePressed', from, true);
    for (let k = 1; k <= 5; k++) await mouse(cdp, 'mouseMoved', { x: from.x + (step.x * k) / 5, y: from.y + (step.y * k) / 5 }, true);
    await mouse(cdp, 'mouseReleased', { x: from.x + step.x, y: from.y + step.y }, false);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500);
}

// ThreadTime is the renderer main thread's CPU time; TaskDuration is the wall time of its tasks,
// which grows when other processes take the core, so it is reported but not compared.
async function mainThread(cdp: CDPSession): Promise<{ cpuMs: number; taskMs: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { cpuMs: get('ThreadTime'), taskMs: get('TaskDuration') };
}

// Presses at `from`, moves along a line for GESTURE_MS with one mouse event per 1/60 s sent on
// a clock (never awaiting the previous one: awaited moves under-sample a slow page and flatter
// it), releases; frame times come from requestAnimationFrame, main-thread CPU from CDP's
// Performance metrics.
async function gesture(page: Page, cdp: CDPSession, from: XY, delta: XY): Promise<Measure> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    window.__canvasBench = { tileRenders: 0 };
    const tick = (t) => {
      if (!window.__recording) return;
      window.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const send = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', p: XY) => mouse(cdp, type, p, type !== 'mouseReleased').catch(() => undefined);
  const before = await mainThread(cdp);
  await send('mouseMoved', from);
  await send('mousePressed', from);
  const start = Date.now();
  const sent: Promise<unknown>[] = [];
  await new Promise<void>((resolve) => {
    let n = 0;
    const tick = () => {
      n++;
      const p = Math.min(1, (n * 1000) / 60 / GESTURE_MS);
      sent.push(send('mouseMoved', { x: from.x + delta.x * p, y: from.y + delta.y * p }));
      if (p >= 1) return resolve();
      // Scheduled against the start time, so timer lateness does not accumulate into a slower rate.
      setTimeout(tick, Math.max(0, start + ((n + 1) * 1000) / 60 - Date.now()));
    };
    setTimeout(tick, 1000 / 60);
  });
  await Promise.all(sent);
  await send('mouseReleased', { x: from.x + delta.x, y: from.y + delta.y });
  const after = await mainThread(cdp);
  const { frames, renders } = (await page.evaluate(`(() => {
    window.__recording = false;
    return { frames: window.__frames, renders: window.__canvasBench.tileRenders };
  })()`)) as { frames: number[]; renders: number };
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const sorted = [...gaps].sort((a, b) => a - b);
  const count = Math.max(1, gaps.length);
  return {
    meanFrameMs: round(gaps.reduce((a, b) => a + b, 0) / count),
    p95FrameMs: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0),
    lateShare: round(gaps.filter((g) => g > 25).length / count, 3),
    mainMsPerFrame: round((after.cpuMs - before.cpuMs) / count),
    taskMsPerFrame: round((after.taskMs - before.taskMs) / count),
    frames: gaps.length,
    tileRenders: renders,
  };
}

// A pan starting on empty pane near the middle of the canvas.
export async function pan(page: Page, cdp: CDPSession, delta: XY): Promise<Measure> {
  const v = await readViewport(page);
  const from = await panePoint(page, { x: v.left + v.width / 2 - delta.x / 2, y: v.top + v.height / 2 - delta.y / 2 });
  return gesture(page, cdp, from, delta);
}

// A drag of one tile, held by its upper left part (clear of the handles on its top and bottom edges).
export async function drag(page: Page, cdp: CDPSession, tileId: string, delta: XY): Promise<Measure> {
  const box = await page.locator(`.react-flow__node[data-id="${tileId}"]`).boundingBox();
  if (!box) throw new Error(`tile ${tileId} is not on screen`);
  return gesture(page, cdp, { x: box.x + box.width * 0.3, y: box.y + box.height * 0.35 }, delta);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// The per-round measures folded into one, each field its median over the rounds.
export function medianMeasure(rounds: Measure[]): Measure {
  const pick = (k: keyof Measure) => round(median(rounds.map((m) => m[k])), k === 'lateShare' ? 3 : 2);
  return {
    meanFrameMs: pick('meanFrameMs'),
    p95FrameMs: pick('p95FrameMs'),
    lateShare: pick('lateShare'),
    mainMsPerFrame: pick('mainMsPerFrame'),
    taskMsPerFrame: pick('taskMsPerFrame'),
    frames: pick('frames'),
    tileRenders: pick('tileRenders'),
  };
}
