#!/usr/bin/env tsx
/**
 * `npm start`: build the extension (sandbox build), start the SPSE sandbox, and open Chromium with
 * the extension loaded on it. With a display: a visible window until you close it or press Ctrl+C.
 * Without one: headless, a screenshot is written and its path printed.
 */
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, CHROMIUM_MISSING_MESSAGE, freshProfileDir, SANDBOX_EXTENSION_DIR } from '../lib/extension/chromium';
import { startSandbox } from '../sandbox/server';
import { mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';

const port = Number(process.env.PORT ?? process.env.SANDBOX_PORT ?? 8080);

async function main(): Promise<number> {
  const exe = chromiumPath();
  if (!exe) {
    process.stderr.write(CHROMIUM_MISSING_MESSAGE + '\n');
    return 1;
  }
  process.stdout.write('Membangun ekstensi (build sandbox)...\n');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, PANDU_SANDBOX: '1' } });
  if (build.status !== 0) return build.status ?? 1;

  const sandbox = await startSandbox({ port });
  process.stdout.write(`Sandbox SPSE berjalan di ${sandbox.url}/\n`);
  const headless = !process.env.DISPLAY || process.env.PANDU_HEADLESS === '1';
  const context = await chromium.launchPersistentContext(freshProfileDir(), {
    executablePath: exe,
    headless,
    args: chromiumArgs(SANDBOX_EXTENSION_DIR),
    viewport: { width: 1366, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${sandbox.url}/eproc4/admin/auditor/baru`);

  if (headless) {
    await page.locator('pandu-panel').waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    const dir = resolve('screenshots');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'start.png');
    await page.screenshot({ path: file });
    process.stdout.write(`Tidak ada layar (DISPLAY kosong): Chromium berjalan headless.\nTangkapan layar: ${file}\n`);
    await context.close();
    await sandbox.close();
    return 0;
  }
  process.stdout.write('Chromium terbuka dengan Pandu SPSE. Tutup jendela atau tekan Ctrl+C untuk berhenti.\n');
  await new Promise<void>((done) => {
    context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
  await context.close().catch(() => undefined);
  await sandbox.close();
  return 0;
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`Galat: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
