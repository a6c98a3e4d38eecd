import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, sendFromPage, type Launched } from './harness';
import { startDevServer, type DevServer } from '../../scripts/sync/dev-server';
import { putUser, setupDatabase } from '../../lib/sync/design';
import { toDoc } from '../../lib/sync/docs';

/**
 * Team log on CouchDB, end to end: the dev server (express-pouchdb in memory), two staff in two
 * Chromium profiles and a supervisor in a third, each with the built extension configured
 * through the options page. Steps are logged through the background's messages, as the panel does.
 */

const ADMIN = { name: 'admin', password: 'rahasia-admin' };
const SOP = 'oganilir-04-user-id-ppk';
let server: DevServer;
const browsers: Launched[] = [];

const adminAuth = () => ({ authorization: `Basic ${btoa(`${ADMIN.name}:${ADMIN.password}`)}` });

/** Every record version on the server: [kind, record id] pairs. */
async function serverRecords(): Promise<Array<{ kind: string; id: string; staff: string; finished: boolean }>> {
  const r = await fetch(`${server.url}/pandu/_all_docs?include_docs=true`, { headers: adminAuth() });
  const body = (await r.json()) as { rows: Array<{ id: string; doc: { type: string; staff: string; record: { id: string; finishedAt?: string | null } } }> };
  return body.rows.filter((row) => !row.id.startsWith('_design/')).map((row) => ({ kind: row.doc.type, id: row.doc.record.id, staff: row.doc.staff, finished: !!row.doc.record.finishedAt }));
}

async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeout = 30_000): Promise<T> {
  const t0 = Date.now();
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}

/** A profile with the extension, the staff name set and the team log configured in the options page. */
async function device(user: string, password: string, staffName: string): Promise<{ browser: Launched; options: Page }> {
  const browser = await launchBrowser();
  browsers.push(browser);
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html?section=sync'));
  await sendFromPage(options, 'settings.put', { staffName });
  await options.getByTestId('sync-url').fill(server.url);
  await options.getByTestId('sync-db').fill('pandu');
  await options.getByTestId('sync-user').fill(user);
  await options.getByTestId('sync-password').fill(password);
  await options.getByTestId('sync-save').click();
  await options.getByTestId('sync-message').filter({ hasText: 'Disimpan' }).waitFor();
  return { browser, options };
}

async function logCase(page: Page, number: string): Promise<string> {
  const { case: c } = await sendFromPage<{ case: { id: string } }>(page, 'case.open', { sopId: SOP, letter: { number }, people: [] });
  await sendFromPage(page, 'step.start', { caseId: c.id, stepNo: 1 });
  await sendFromPage(page, 'step.finish', { caseId: c.id, stepNo: 1 });
  return c.id;
}

beforeAll(async () => {
  server = await startDevServer({ admin: ADMIN });
  const admin = { url: server.url, database: 'pandu', user: ADMIN.name, password: ADMIN.password };
  await setupDatabase(admin);
  await putUser(admin, 'budi', 'sandi-budi', 'staff');
  await putUser(admin, 'ani', 'sandi-ani', 'staff');
  await putUser(admin, 'kepala', 'sandi-kepala', 'supervisor');
});

afterAll(async () => {
  for (const b of browsers) await b.close().catch(() => undefined);
  await server?.close();
});

describe('team log on CouchDB (two staff profiles, a supervisor, the dev server)', () => {
  let budi: { browser: Launched; options: Page };
  let ani: { browser: Launched; options: Page };

  it('both staff log steps; the supervisor\'s report shows both, filterable by staff', async () => {
    budi = await device('budi', 'sandi-budi', 'Budi');
    ani = await device('ani', 'sandi-ani', 'Ani');
    await logCase(budi.options, 'B-1');
    await logCase(ani.options, 'A-1');
    await logCase(ani.options, 'A-2');
    const records = await until('both staff records on the server', serverRecords, (r) => r.filter((x) => x.kind === 'case').length === 3 && r.filter((x) => x.kind === 'event' && x.finished).length === 3);
    expect(new Set(records.map((r) => r.staff))).toEqual(new Set(['budi', 'ani']));

    const boss = await device('kepala', 'sandi-kepala', 'Kepala');
    const report = await boss.browser.context.newPage();
    await report.goto(boss.browser.extensionUrl('report.html'));
    await until('colleagues in the supervisor\'s report', () => report.getByTestId('filter-staff').locator('option').allTextContents(), (o) => o.includes('Budi') && o.includes('Ani'));
    await until('three letters in the agenda', () => report.getByTestId('agenda-table').locator('tbody tr').count(), (n) => n === 3);
    await report.getByTestId('filter-staff').selectOption('Ani');
    await until('Ani\'s two letters', () => report.getByTestId('agenda-table').locator('tbody tr').count(), (n) => n === 2);
    await expect(report.getByTestId('sync-status').textContent()).resolves.toMatch(/terakhir sinkron/);
    await report.screenshot({ path: screenshotPath('sync-supervisor-report'), fullPage: true });
  });

  it('the server stops mid-burst and restarts: nothing is lost or doubled', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await logCase(budi.options, `B-burst-${i}`));
    await server.stop();
    for (let i = 3; i < 8; i++) ids.push(await logCase(budi.options, `B-burst-${i}`));
    // The panel/report/options status says so: an error and records waiting.
    await until('pending records shown', () => budi.options.getByTestId('sync-status').getAttribute('data-pending'), (n) => Number(n) > 0, 20_000);
    await expect(budi.options.getByTestId('sync-error').textContent()).resolves.toMatch(/tidak dapat dihubungi/);
    await server.restart();
    await budi.options.getByTestId('sync-now').click();
    const status = budi.options.getByTestId('sync-status');
    await until('a successful sync, nothing pending', async () => [await status.getAttribute('data-running'), await status.getAttribute('data-pending'), await budi.options.getByTestId('sync-error').count()], ([running, pending, errors]) => running === 'false' && pending === '0' && errors === 0, 20_000);
    const records = await serverRecords();
    for (const id of ids) expect(records.filter((r) => r.kind === 'case' && r.id === id)).toHaveLength(1);
    const finishedEvents = records.filter((r) => r.kind === 'event' && r.finished);
    expect(new Set(finishedEvents.map((r) => r.id)).size).toBe(finishedEvents.length);
    expect(finishedEvents.length).toBe(3 + 8);
  });

  it('a wrong password and an impersonating write are refused', async () => {
    await ani.options.getByTestId('sync-password').fill('salah');
    await ani.options.getByTestId('sync-test').click();
    await ani.options.getByTestId('sync-message').filter({ hasText: 'kata sandi CouchDB salah' }).waitFor();
    const kase = { id: 'palsu', sopId: SOP, sopVersion: '1', letter: { number: null, date: null, sender: null, subject: null, role: null }, people: [], receivedAt: '2026-11-24T01:00:00.000Z', status: 'open' as const, assignedTo: null, createdBy: 'Budi', createdAt: '2026-11-24T01:00:00.000Z', updatedAt: '2026-11-24T01:00:00.000Z', note: null };
    const doc = await toDoc('case', kase, 'budi');
    const res = await fetch(`${server.url}/pandu/_bulk_docs`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${btoa('ani:sandi-ani')}` }, body: JSON.stringify({ new_edits: false, docs: [doc] }) });
    const body = (await res.json()) as Array<{ error?: string; reason?: string }>;
    expect(body[0]).toMatchObject({ error: 'forbidden', reason: expect.stringMatching(/atas nama orang lain/) });
    expect((await serverRecords()).some((r) => r.id === 'palsu')).toBe(false);
  });
});
