import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Node-side helpers to run the built extension in Debian's Chromium with playwright-core
 * (used by `npm start`, the e2e tests and the benchmarks). Never downloads a browser.
 */
export const SANDBOX_EXTENSION_DIR = resolve(process.env.PANDU_OUTDIR ?? '.output/sandbox', 'chrome-mv3');

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export const CHROMIUM_MISSING_MESSAGE = [
  'Chromium tidak ditemukan / Chromium not found.',
  'Pasang dengan / install it with:  sudo apt-get update && sudo apt-get install -y chromium',
  'atau tunjuk ke peramban lain / or point to another binary:  CHROMIUM_PATH=/path/to/chrome npm start',
].join('\n');

export function chromiumArgs(extensionDir: string | null): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

export function freshProfileDir(prefix = 'pandu-profile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
