// Playwright cannot download its own browser here; it drives Debian's chromium instead.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const command = 'apt-get update && apt-get install -y --no-install-recommends chromium';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try { execSync('command -v apt-get', { stdio: 'ignore' }); hasApt = true; } catch { /* no apt-get */ }
  if (!isRoot || !hasApt) {
    console.error(`Chromium is missing at ${path}. Install it with:\n  sudo sh -c '${command}'\nor set CHROMIUM_PATH to an existing Chromium.`);
    process.exit(1);
  }
  console.error(`Chromium is missing at ${path}; installing Debian's package...`);
  execSync(command, { stdio: 'inherit', shell: '/bin/bash' });
}
