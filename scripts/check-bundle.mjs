#!/usr/bin/env node
// After `npm run build`: fails if MSW code reached the output, and prints the initial JS size
// (gzipped). Usage: node scripts/check-bundle.mjs [distDir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Target for the JS a first visit downloads before anything is shown. */
export const INITIAL_JS_TARGET_KB = 200;

// Strings only MSW's code carries (its worker file name, its log prefix, its globals and module
// ids); plain "msw" alone could be a minified identifier.
const MSW_MARKERS = [/mockServiceWorker/, /Mock Service Worker/, /mswjs/, /\[MSW\]/, /MSW_[A-Z_]+/, /\bmsw\/(?:browser|node|core)\b/, /setupWorker/];

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Static `import … from "./x.js"` and bare `import "./x.js"` of a minified chunk (not `import()`). */
function staticImports(code) {
  const out = [];
  const re = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(re)) out.push(match[1]);
  return out;
}

/** The entry scripts of index.html and every chunk they import statically. */
function initialChunks(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)]
    .map((m) => resolve(distDir, `.${m[1].replace(/^\.?\//, '/')}`));
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), spec));
  }
  return [...seen];
}

/**
 * What the build holds: MSW findings (file and marker), the initial JS chunks and their gzipped
 * size. Files copied verbatim from `public/` are reported apart: the bundler did not emit them.
 */
export function analyzeBundle(distDir, publicDir = resolve(distDir, '..', 'public')) {
  const jsFiles = listFiles(distDir).filter((f) => /\.(?:m?js)$/.test(f));
  const msw = [];
  for (const file of jsFiles) {
    const code = readFileSync(file, 'utf8');
    const marker = MSW_MARKERS.find((re) => re.test(code));
    if (!marker) continue;
    const rel = relative(distDir, file);
    const publicCopy = join(publicDir, rel);
    const copiedFromPublic = existsSync(publicCopy) && readFileSync(publicCopy, 'utf8') === code;
    msw.push({ file: rel, marker: String(marker), copiedFromPublic });
  }
  const initial = initialChunks(distDir);
  const initialGzipBytes = initial.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  const allJsGzipBytes = jsFiles.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  return {
    msw,
    initialChunks: initial.map((f) => relative(distDir, f)),
    initialGzipKb: Math.round((initialGzipBytes / 1024) * 10) / 10,
    allJsGzipKb: Math.round((allJsGzipBytes / 1024) * 10) / 10,
  };
}

function main() {
  const distDir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`No build in ${distDir}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const report = analyzeBundle(distDir);
  console.log(`initial JS: ${report.initialGzipKb} kB gzipped (${report.initialChunks.join(', ')}); target ≤ ${INITIAL_JS_TARGET_KB} kB`);
  console.log(`all JS: ${report.allJsGzipKb} kB gzipped`);
  if (report.initialGzipKb > INITIAL_JS_TARGET_KB) {
    console.log(`note: the initial JS is over the ${INITIAL_JS_TARGET_KB} kB target; lazy-load routes to shrink it.`);
  }
  if (report.msw.length === 0) {
    console.log('MSW: none in the build.');
    return;
  }
  for (const hit of report.msw) {
    const why = hit.copiedFromPublic ? ' (copied from public/ by Vite; exclude it from non-demo builds)' : '';
    console.error(`MSW code in ${hit.file}: matches ${hit.marker}${why}`);
  }
  console.error('The production build must not contain the mock backend (only `npm run build:demo` may).');
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
export const scriptPath = fileURLToPath(import.meta.url);
