import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type BundleReport = {
  msw: { file: string; marker: string; copiedFromPublic: boolean }[];
  initialChunks: string[];
  initialGzipKb: number;
  allJsGzipKb: number;
};
type CheckBundleModule = {
  analyzeBundle(distDir: string, publicDir?: string): BundleReport;
  INITIAL_JS_TARGET_KB: number;
};

/**
 * Initial JS size (gzipped) against the 200 kB target, and whether MSW reached the build. Reads
 * `dist/` when a build is there (whatever its mode), else builds into a temporary directory.
 */
export async function benchBundle(): Promise<string[]> {
  const root = process.cwd();
  let distDir = resolve(root, 'dist');
  let temporary: string | null = null;
  if (!existsSync(join(distDir, 'index.html'))) {
    temporary = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
    distDir = temporary;
    const built = spawnSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0) throw new Error('vite build failed; see the errors above.');
  }
  try {
    const checker = (await import(pathToFileURL(resolve(root, 'scripts/check-bundle.mjs')).href)) as CheckBundleModule;
    const report = checker.analyzeBundle(distDir, resolve(root, 'public'));
    const target = checker.INITIAL_JS_TARGET_KB;
    const figures = {
      source: temporary ? 'fresh vite build' : 'dist/',
      initialJsGzipKb: report.initialGzipKb,
      targetKb: target,
      vsTarget: Math.round((report.initialGzipKb / target) * 100) / 100,
      allJsGzipKb: report.allJsGzipKb,
      mswFiles: report.msw.map((m) => m.file),
    };
    return [
      `bundle: initial JS ${report.initialGzipKb} kB gzipped vs target ${target} kB (${figures.vsTarget}x); all JS ${report.allJsGzipKb} kB; MSW in build: ${
        report.msw.length ? report.msw.map((m) => m.file).join(', ') : 'none'
      } (from ${figures.source})`,
      `bench:bundle ${JSON.stringify(figures)}`,
    ];
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
