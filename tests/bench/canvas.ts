// `npm run bench:canvas`: opens generated 1,000- and 2,000-tile journeys in the editor (Chromium,
// `vite preview` of a demo build, i.e. production React with the mock backend) and a bare React Flow page with the same nodes, drives
// the mouse at a steady 60 Hz (events are sent on a timer, never awaited one by one), and
// measures pan and tile drag: frame times from requestAnimationFrame, main-thread CPU per frame
// from the CDP Performance metrics, and tile renders per drag frame.
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { largeJourney } from './canvas-pages/large-journey';

const PORT = 4391;
const BASE = `http://localhost:${PORT}`;
const GESTURE_MS = 2500;

type Measure = { meanFrameMs: number; lateShare: number; mainMsPerFrame: number; frames: number; tileRenders: number };

// A demo build (mocks included) with the bare React Flow page as a second entry, served by
// `vite preview`: production React, as users run it.
async function startServer(outDir: string): Promise<PreviewServer> {
  await build({
    mode: 'demo',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { main: 'index.html', bench: 'tests/bench/canvas-pages/bench.html' } },
    },
  });
  return preview({ mode: 'demo', logLevel: 'warn', build: { outDir }, preview: { port: PORT, strictPort: true } });
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

// Presses at `from`, moves along a line at 60 Hz for GESTURE_MS, releases; measures meanwhile.
async function gesture(page: Page, cdp: CDPSession, from: { x: number; y: number }, delta: { x: number; y: number }): Promise<Measure> {
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
  const send = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', x: number, y: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 }).catch(() => undefined);
  const before = await taskMs(cdp);
  await send('mouseMoved', from.x, from.y);
  await send('mousePressed', from.x, from.y);
  const start = Date.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const p = Math.min(1, (Date.now() - start) / GESTURE_MS);
      void send('mouseMoved', from.x + delta.x * p, from.y + delta.y * p);
      if (p >= 1) {
        clearInterval(timer);
        resolve();
      }
    }, 1000 / 60);
  });
  await send('mouseReleased', from.x + delta.x, from.y + delta.y);
  const after = await taskMs(cdp);
  const { frames, renders } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean; __canvasBench: { tileRenders: number } };
    w.__recording = false;
    return { frames: w.__frames, renders: w.__canvasBench.tileRenders };
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const mean = gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
  return {
    meanFrameMs: round(mean),
    lateShare: round(gaps.filter((g) => g > 25).length / Math.max(1, gaps.length), 3),
    mainMsPerFrame: round((after - before) / Math.max(1, gaps.length)),
    frames: gaps.length,
    tileRenders: renders,
  };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

// A point of the empty pane (between tiles), where a press pans instead of dragging a tile.
async function panePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const box = document.querySelector('.react-flow')!.getBoundingClientRect();
    for (let y = box.top + 40; y < box.bottom - 40; y += 7) {
      for (let x = box.left + 40; x < box.right - 240; x += 7) {
        const el = document.elementFromPoint(x, y);
        if (el?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no empty pane point');
  return point;
}

async function tileCenter(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + Math.min(20, box.height / 2) };
}

async function openEditor(page: Page, size: number): Promise<void> {
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
  const doc = largeJourney(size, `bench-canvas-${size}`);
  await page.evaluate(async (d) => {
    await fetch(`/api/journeys/${d.id}`, { method: 'GET' }).then(async (r) => {
      if (r.status === 404) await fetch('/api/journeys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(d) });
    });
  }, doc);
  await page.goto(`${BASE}/journeys/${doc.id}`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  // Zoomed in to a working scale, as a person edits (the opening fit-view shows every tile).
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.waitForTimeout(800);
}

async function openBare(page: Page, size: number): Promise<void> {
  await page.goto(`${BASE}/tests/bench/canvas-pages/bench.html?tiles=${size}`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.waitForTimeout(800);
}

export async function benchCanvas(): Promise<string[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-canvas-'));
  const server = await startServer(outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const lines: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    await openEditor(page, 1000);
    const pan = await gesture(page, cdp, await panePoint(page), { x: -300, y: -200 });
    await page.waitForTimeout(500);
    const drag = await gesture(page, cdp, await tileCenter(page, '.react-flow__node .tile-email'), { x: 160, y: 120 });
    lines.push(`editor 1000 tiles  pan: ${JSON.stringify(pan)}`);
    lines.push(`editor 1000 tiles drag: ${JSON.stringify(drag)}`);

    await openBare(page, 1000);
    const barePan = await gesture(page, cdp, await panePoint(page), { x: -300, y: -200 });
    await page.waitForTimeout(500);
    const bareDrag = await gesture(page, cdp, await tileCenter(page, '.react-flow__node'), { x: 160, y: 120 });
    lines.push(`bare React Flow 1000 nodes  pan: ${JSON.stringify(barePan)}`);
    lines.push(`bare React Flow 1000 nodes drag: ${JSON.stringify(bareDrag)}`);

    await openEditor(page, 2000);
    const pan2000 = await gesture(page, cdp, await panePoint(page), { x: -300, y: -200 });
    lines.push(`editor 2000 tiles  pan: ${JSON.stringify(pan2000)}`);

    const summary = {
      tiles: 1000,
      panMeanFrameMs: pan.meanFrameMs,
      dragMeanFrameMs: drag.meanFrameMs,
      lateFrameShare: round((pan.lateShare * pan.frames + drag.lateShare * drag.frames) / Math.max(1, pan.frames + drag.frames), 3),
      tileRendersPerDragFrame: round(drag.tileRenders / Math.max(1, drag.frames)),
      dragMainMsPerFrame: drag.mainMsPerFrame,
      vsBareReactFlow: round(drag.mainMsPerFrame / Math.max(0.01, bareDrag.mainMsPerFrame)),
      tiles2000PanMeanFrameMs: pan2000.meanFrameMs,
    };
    lines.push(`bench:canvas ${JSON.stringify(summary)}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1]?.endsWith('canvas.ts')) {
  benchCanvas().then(
    (lines) => console.log(lines.join('\n')),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
