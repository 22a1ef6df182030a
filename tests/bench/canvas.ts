// `npm run bench:canvas`: opens generated 1,000- and 2,000-tile journeys in the editor (Chromium,
// `vite preview` of a demo build, i.e. production React with the mock backend) and, in the same
// run, a bare React Flow page with the same nodes and rendering options; drives the mouse at a
// steady 60 Hz (events sent on a clock, never awaited one by one) and measures pan and tile drag:
// frame times from requestAnimationFrame, main-thread CPU per frame from the CDP Performance
// metrics, tile renders per drag frame. A warm-up round is discarded, then ROUNDS rounds
// alternate which page goes first; every figure is the median over the rounds.
// `BENCH_CANVAS_SCREENSHOT=file.png` also saves the 1,000-tile editor as measured.
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { drag, frame, median, medianMeasure, pan, readViewport, type Measure, type XY } from './canvas-pages/driver';
import { largeJourney } from './canvas-pages/large-journey';

const PORT = 4391;
const BASE = `http://localhost:${PORT}`;
const ROUNDS = 5;

// The zoom both pages are measured at. Fit view of 1,000 tiles is ~0.1 and the old "three
// zoom-ins" ~0.16: hundreds of unreadable tiles on screen, a zoom nobody edits at. 0.5 is the
// furthest out a person still reads and moves tiles (a 14px label is 7px there), so it is the
// working zoom with the most tiles on screen: the harshest realistic one.
const ZOOM = 0.5;
const PAN: XY = { x: -300, y: -200 };
const DRAG: XY = { x: 160, y: 120 };

// The tile at the middle of the journey (middle column, middle row: see large-journey.ts) is put
// at the middle of the canvas; the email tile just below it is the one dragged, far from the
// canvas edges, so React Flow's auto-pan never starts.
function anchorOf(size: number): { anchor: XY; dragged: string } {
  const columns = Math.ceil(size / 40);
  const index = Math.floor(columns / 2) * 40 + 20;
  return { anchor: { x: Math.floor(index / 40) * 320 + 120, y: (index % 40) * 150 + 44 }, dragged: `t${index + 1}` };
}

type Subject = { name: string; page: Page; cdp: CDPSession; dragged: string };

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

async function open(context: BrowserContext, name: string, url: (page: Page) => Promise<string>, size: number): Promise<Subject> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(await url(page));
  await page.locator('.react-flow__node').first().waitFor({ timeout: 90_000 });
  await page.waitForTimeout(1000);
  const { anchor, dragged } = anchorOf(size);
  await frame(page, cdp, anchor, ZOOM);
  return { name, page, cdp, dragged };
}

async function editorUrl(page: Page, size: number): Promise<string> {
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
  const doc = largeJourney(size, `bench-canvas-${size}`);
  await page.evaluate(async (d) => {
    const found = await fetch(`/api/journeys/${d.id}`);
    if (found.status === 404) await fetch('/api/journeys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(d) });
  }, doc);
  return `${BASE}/journeys/${doc.id}`;
}

export async function benchCanvas(): Promise<string[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-canvas-'));
  const server = await startServer(outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const lines: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const editor = await open(context, 'editor', (p) => editorUrl(p, 1000), 1000);
    // The bare canvas gets the editor canvas's size, so the same tiles are on screen.
    const box = await readViewport(editor.page);
    const bareUrl = (size: number) => async () => `${BASE}/tests/bench/canvas-pages/bench.html?tiles=${size}&w=${Math.round(box.width)}&h=${Math.round(box.height)}`;
    const bare = await open(context, 'bare React Flow', bareUrl(1000), 1000);
    const editor2000 = await open(context, 'editor', (p) => editorUrl(p, 2000), 2000);
    const bare2000 = await open(context, 'bare React Flow', bareUrl(2000), 2000);
    if (process.env.BENCH_CANVAS_SCREENSHOT) {
      await editor.page.bringToFront();
      await editor.page.screenshot({ path: process.env.BENCH_CANVAS_SCREENSHOT });
    }
    lines.push(`canvas ${Math.round(box.width)}x${Math.round(box.height)} px at zoom ${(await readViewport(editor.page)).zoom.toFixed(3)} (bare ${(await readViewport(bare.page)).zoom.toFixed(3)})`);

    const runs = new Map<string, Measure[]>();
    const record = (key: string, m: Measure, warm: boolean) => {
      if (!warm) runs.set(key, [...(runs.get(key) ?? []), m]);
    };
    for (let r = 0; r <= ROUNDS; r++) {
      const warm = r === 0;
      // Back and forth, so every round sees the same part of the journey and the tile returns.
      const sign = r % 2 === 0 ? 1 : -1;
      const pairs: [Subject, Subject][] = [[editor, bare], [editor2000, bare2000]];
      for (const pair of pairs) {
        const ordered = r % 2 === 0 ? pair : [pair[1], pair[0]];
        for (const s of ordered) {
          await s.page.bringToFront();
          await s.page.waitForTimeout(300);
          const size = s === editor || s === bare ? 1000 : 2000;
          record(`${s.name} ${size} pan`, await pan(s.page, s.cdp, { x: PAN.x * sign, y: PAN.y * sign }), warm);
          if (size === 2000) continue;
          await s.page.waitForTimeout(500);
          record(`${s.name} ${size} drag`, await drag(s.page, s.cdp, s.dragged, { x: DRAG.x * sign, y: DRAG.y * sign }), warm);
          // The editor saves a second after the drop: a save, not a pan or drag, so it is let pass.
          await s.page.waitForTimeout(1800);
        }
      }
    }

    const m = (key: string) => medianMeasure(runs.get(key)!);
    for (const key of runs.keys()) {
      lines.push(`${key}: ${JSON.stringify(m(key))} rounds meanFrameMs ${runs.get(key)!.map((x) => x.meanFrameMs).join(' / ')}`);
    }
    const editorPan = runs.get('editor 1000 pan')!;
    const editorDrag = runs.get('editor 1000 drag')!;
    const summary = {
      tiles: 1000,
      panMeanFrameMs: m('editor 1000 pan').meanFrameMs,
      dragMeanFrameMs: m('editor 1000 drag').meanFrameMs,
      lateFrameShare: round(median(editorPan.map((p, i) => {
        const d = editorDrag[i];
        return (p.lateShare * p.frames + d.lateShare * d.frames) / Math.max(1, p.frames + d.frames);
      })), 3),
      tileRendersPerDragFrame: round(median(editorDrag.map((d) => d.tileRenders / Math.max(1, d.frames)))),
      dragMainMsPerFrame: m('editor 1000 drag').mainMsPerFrame,
      vsBareReactFlow: round(m('editor 1000 drag').mainMsPerFrame / Math.max(0.01, m('bare React Flow 1000 drag').mainMsPerFrame)),
      tiles2000PanMeanFrameMs: m('editor 2000 pan').meanFrameMs,
    };
    lines.push(`bench:canvas ${JSON.stringify(summary)}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return lines;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

if (process.argv[1]?.endsWith('canvas.ts')) {
  benchCanvas().then(
    (lines) => console.log(lines.join('\n')),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
