// `tsx tests/bench/canvas-pages/profile.ts [editor|bare] [pan|drag] [tiles]`: where a pan or drag
// frame's main-thread time goes, for the canvas bench's gestures: renderer work by trace event
// (script, style, layout, paint...) and the JS functions with the most self time, on an
// unminified demo build. A diagnosis tool; the figures that count are `npm run bench:canvas`'s.
import { chromium, type CDPSession } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { drag, frame, pan, readViewport } from './driver';
import { largeJourney } from './large-journey';

const [which = 'editor', kind = 'drag', tilesArg = '1000'] = process.argv.slice(2);
const size = Number(tilesArg);
const PORT = 4392;
const BASE = `http://localhost:${PORT}`;

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; cat: string; args?: unknown };
type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };

async function traced<T>(cdp: CDPSession, run: () => Promise<T>) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  // The sampling profiler costs the page several ms a frame itself: only with PROFILE_JS=1.
  const js = process.env.PROFILE_JS === '1';
  if (js) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  await cdp.send('Tracing.start', { categories: process.env.TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  if (js) await cdp.send('Profiler.start');
  const measure = await run();
  const { profile } = js
    ? ((await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } })
    : { profile: { nodes: [], samples: [], timeDeltas: [] } };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return { measure, events, profile };
}

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'profile-canvas-'));
  await build({
    mode: 'demo',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, rollupOptions: { input: { main: 'index.html', bench: 'tests/bench/canvas-pages/bench.html' } } },
  });
  const server = await preview({ mode: 'demo', logLevel: 'warn', build: { outDir }, preview: { port: PORT, strictPort: true } });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    if (which === 'editor') {
      await page.goto(`${BASE}/`);
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
      const doc = largeJourney(size, `profile-canvas-${size}`);
      await page.evaluate(async (d) => {
        const found = await fetch(`/api/journeys/${d.id}`);
        if (found.status === 404) await fetch('/api/journeys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(d) });
      }, doc);
      await page.goto(`${BASE}/journeys/${doc.id}`);
    } else {
      await page.goto(`${BASE}/tests/bench/canvas-pages/bench.html?tiles=${size}&w=850&h=702`);
    }
    await page.locator('.react-flow__node').first().waitFor({ timeout: 90_000 });
    await page.waitForTimeout(1000);
    const columns = Math.ceil(size / 40);
    const index = Math.floor(columns / 2) * 40 + 20;
    await frame(page, cdp, { x: Math.floor(index / 40) * 320 + 120, y: (index % 40) * 150 + 44 }, Number(process.env.ZOOM ?? 0.5));
    // EXTRA_CSS: try a style change without a rebuild.
    if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
    console.log('viewport', JSON.stringify(await readViewport(page)));
    const gesture = (sign: number) => (kind === 'pan' ? pan(page, cdp, { x: -300 * sign, y: -200 * sign }) : drag(page, cdp, `t${index + 1}`, { x: 160 * sign, y: 120 * sign }));
    await gesture(1);
    await page.waitForTimeout(2000);
    // MUTATIONS=1: which DOM nodes a gesture changes, counted by element and attribute.
    if (process.env.MUTATIONS) {
      await page.evaluate(`(() => {
        window.__mutations = {};
        const key = (n) => n.nodeType === 1 ? n.tagName.toLowerCase() + '.' + String(n.getAttribute('class') || '').split(' ').slice(0, 2).join('.') : '#text';
        new MutationObserver((list) => {
          for (const m of list) {
            const k = key(m.target) + ' ' + m.type + (m.attributeName ? ':' + m.attributeName : '');
            window.__mutations[k] = (window.__mutations[k] || 0) + 1;
          }
        }).observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
      })()`);
    }
    // REPS gestures back and forth in one trace; figures are per frame over all of them.
    const reps = Number(process.env.REPS ?? 1);
    const { measure: all, events, profile } = await traced(cdp, async () => {
      const out = [];
      for (let r = 0; r < reps; r++) {
        out.push(await gesture(r % 2 === 0 ? -1 : 1));
        await page.waitForTimeout(kind === 'drag' ? 1800 : 300);
      }
      return out;
    });
    for (const m of all) console.log('measure', JSON.stringify(m));
    if (process.env.MUTATIONS) {
      const counts = (await page.evaluate('window.__mutations')) as Record<string, number>;
      for (const [k, n] of Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(n).padStart(6)}  ${k}`);
    }
    const measure = { frames: all.reduce((a, m) => a + m.frames, 0) };

    // Self time per trace event on the renderer's main thread (children subtracted).
    const names = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, (e.args as { name?: string } | undefined)?.name ?? '');
    const mains = [...names.entries()].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
    const busy = new Map<string, number>();
    // Top-level CPU time per thread (events nested in another event of the same thread skipped).
    const lastEnd = new Map<string, number>();
    for (const e of [...events].sort((x, y) => x.ts - y.ts)) {
      if (e.ph !== 'X' || !e.dur) continue;
      const k = `${e.pid}:${e.tid}`;
      if ((lastEnd.get(k) ?? -1) > e.ts) continue;
      lastEnd.set(k, e.ts + e.dur);
      busy.set(k, (busy.get(k) ?? 0) + (e.tdur ?? e.dur));
    }
    const thread = mains.sort((x, y) => (busy.get(y) ?? 0) - (busy.get(x) ?? 0))[0];
    const frames = measure.frames;
    console.log('threads, CPU ms per frame:', [...busy.entries()].sort((x, y) => y[1] - x[1]).slice(0, 12).map(([k, v]) => `${names.get(k) ?? k} ${(v / 1000 / frames).toFixed(2)}`).join(', '));
    const own = events.filter((e) => e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === thread).sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
    const selfTimes = (time: (e: TraceEvent) => number) => {
      const byName = new Map<string, number>();
      const stack: { end: number; name: string; self: number }[] = [];
      const pop = (until: number) => {
        while (stack.length && stack[stack.length - 1].end <= until) {
          const top = stack.pop()!;
          byName.set(top.name, (byName.get(top.name) ?? 0) + top.self / 1000);
        }
      };
      for (const e of own) {
        pop(e.ts);
        if (stack.length) stack[stack.length - 1].self -= time(e);
        stack.push({ end: e.ts + e.dur!, name: e.name, self: time(e) });
      }
      pop(Infinity);
      return [...byName.entries()].sort((x, y) => y[1] - x[1]).slice(0, Number(process.env.TOP ?? 14));
    };
    if (process.env.DUMP) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.DUMP, JSON.stringify({ traceEvents: events }));
      if (profile.samples.length) writeFileSync(`${process.env.DUMP}.cpuprofile`, JSON.stringify(profile));
    }
    // Thread time (tdur) where the trace has it: other processes on a busy machine do not count.
    console.log(`main thread CPU self time by trace event, ms per frame (${frames} frames):`);
    for (const [name, ms] of selfTimes((e) => e.tdur ?? e.dur!)) console.log(`  ${(ms / frames).toFixed(2).padStart(7)}  ${name}`);
    console.log('main thread wall self time by trace event, ms per frame:');
    for (const [name, ms] of selfTimes((e) => e.dur!)) console.log(`  ${(ms / frames).toFixed(2).padStart(7)}  ${name}`);

    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
    const byFn = new Map<string, number>();
    for (const n of profile.nodes) {
      const ms = self.get(n.id) ?? 0;
      const f = n.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      byFn.set(key, (byFn.get(key) ?? 0) + ms);
    }
    // Inclusive time of functions (each counted once per sample even when recursive).
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)!.callFrame;
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
      }
    });
    if (profile.samples.length) {
      console.log('JS inclusive time, ms per frame:');
      for (const [name, ms] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP_JS ?? 40))) console.log(`  ${(ms / frames).toFixed(3).padStart(7)}  ${name}`);
    }
    console.log('JS self time, ms per frame:');
    for (const [name, ms] of [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(ms / frames).toFixed(3).padStart(7)}  ${name}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
