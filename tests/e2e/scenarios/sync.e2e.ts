import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../../../scripts/sync/dev-server';
import { putUser, setupDatabase } from '../../../lib/sync/design';
import { toDoc } from '../../../lib/sync/docs';
import { browserUnderTest, documentOf, launchE2EBrowser, panelOf, poll, useSandbox, type E2EBrowser, type E2EPage, type Scope } from '../driver';

/**
 * Team log on CouchDB, end to end, in Chromium and Firefox: the dev server (express-pouchdb in
 * memory), two staff in two browser profiles and a supervisor in a third, each with the built
 * extension configured through the options page ("Log tim"). Steps and lifecycle transitions
 * are logged through the background's messages, as the panel does; the supervisor reads the
 * report page; the panel on an SPSE page shows the sync status.
 */

const name = browserUnderTest();
const ADMIN = { name: 'admin', password: 'rahasia-admin' };
const SOP = 'oganilir-04-user-id-ppk';
const WAIT = 90_000;
let server: DevServer;
const sandbox = useSandbox();
const browsers: E2EBrowser[] = [];

const adminAuth = () => ({ authorization: `Basic ${btoa(`${ADMIN.name}:${ADMIN.password}`)}` });

type ServerRecord = { kind: string; id: string; staff: string; finished: boolean; caseId: string | null; closeStatus: string | null };

/** Every record version on the server. */
async function serverRecords(): Promise<ServerRecord[]> {
  const r = await fetch(`${server.url}/pandu/_all_docs?include_docs=true`, { headers: adminAuth() });
  const body = (await r.json()) as { rows: Array<{ id: string; doc: { type: string; staff: string; record: { id: string; caseId?: string; finishedAt?: string | null; closeStatus?: string | null } } }> };
  return body.rows
    .filter((row) => !row.id.startsWith('_design/'))
    .map((row) => ({ kind: row.doc.type, id: row.doc.record.id, staff: row.doc.staff, finished: !!row.doc.record.finishedAt, caseId: row.doc.record.caseId ?? null, closeStatus: row.doc.record.closeStatus ?? null }));
}

const until = <T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeout = WAIT) => poll(read, ok, timeout, what);

type Device = { browser: E2EBrowser; options: E2EPage; doc: Scope };

/** A profile with the extension, the staff name set and the team log configured in the options page. */
async function device(user: string, password: string, staffName: string): Promise<Device> {
  const browser = await launchE2EBrowser();
  browsers.push(browser);
  await browser.send('settings.put', { staffName });
  const options = await browser.newPage(browser.extensionUrl('options.html?section=sync'));
  const doc = documentOf(options);
  await doc.type('[data-testid="sync-url"]', server.url);
  await doc.type('[data-testid="sync-db"]', 'pandu');
  await doc.type('[data-testid="sync-user"]', user);
  await doc.type('[data-testid="sync-password"]', password);
  await until(`the form filled for ${user}`, () => Promise.all(['url', 'db', 'user', 'password'].map((f) => doc.value(`[data-testid="sync-${f}"]`))), (v) => v.join('|') === [server.url, 'pandu', user, password].join('|'));
  await doc.click('[data-testid="sync-save"]');
  await doc.waitFor({ selector: '[data-testid="sync-message"]', hasText: 'Disimpan' }, WAIT);
  return { browser, options, doc };
}

async function logCase(browser: E2EBrowser, number: string): Promise<string> {
  const { case: c } = await browser.send<{ case: { id: string } }>('case.open', { sopId: SOP, letter: { number }, people: [] });
  await browser.send('step.start', { caseId: c.id, stepNo: 1 });
  await browser.send('step.finish', { caseId: c.id, stepNo: 1 });
  return c.id;
}

/** The sync line's state on a page or in the panel: pending count, running, error shown. */
async function syncLine(scope: Scope) {
  const [pending, running, lastSync, error] = await Promise.all([
    scope.attr('[data-testid="sync-status"]', 'data-pending'),
    scope.attr('[data-testid="sync-status"]', 'data-running'),
    scope.attr('[data-testid="sync-status"]', 'data-last-sync'),
    scope.text('[data-testid="sync-error"]'),
  ]);
  return { pending: pending === null ? null : Number(pending), running, lastSync, error };
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

describe(`[${name}] team log on CouchDB (two staff profiles, a supervisor, the dev server)`, () => {
  let budi: Device;
  let ani: Device;
  let boss: Device;
  let report: E2EPage;
  let reportDoc: Scope;
  const aniCases: string[] = [];

  it("both staff log steps; the supervisor's report shows both, filterable by staff", { timeout: 300_000 }, async () => {
    budi = await device('budi', 'sandi-budi', 'Budi');
    ani = await device('ani', 'sandi-ani', 'Ani');
    await logCase(budi.browser, 'B-1');
    aniCases.push(await logCase(ani.browser, 'A-1'));
    aniCases.push(await logCase(ani.browser, 'A-2'));
    const records = await until('both staff records on the server', serverRecords, (r) => r.filter((x) => x.kind === 'case').length === 3 && r.filter((x) => x.kind === 'event' && x.finished).length === 3);
    expect(new Set(records.map((r) => r.staff))).toEqual(new Set(['budi', 'ani']));

    boss = await device('kepala', 'sandi-kepala', 'Kepala');
    report = await boss.browser.newPage(boss.browser.extensionUrl('report.html'));
    reportDoc = documentOf(report);
    const staffOptions = () => reportDoc.run<string[]>(`(root) => [...root.querySelectorAll('[data-testid="filter-staff"] option')].map((o) => o.textContent)`);
    await until("colleagues in the supervisor's report", staffOptions, (o) => o.includes('Budi') && o.includes('Ani'));
    await until('three letters in the agenda', () => reportDoc.count('[data-testid="agenda-table"] tbody tr'), (n) => n === 3);
    await reportDoc.select('[data-testid="filter-staff"]', 'Ani');
    await until("Ani's two letters", () => reportDoc.count('[data-testid="agenda-table"] tbody tr'), (n) => n === 2);
    // The report's sync line: last sync and nothing waiting (a sync may be running at the moment: wait for it).
    await until("the report's sync line", () => reportDoc.text('[data-testid="sync-status"]'), (t) => !!t && /terakhir sinkron .* semua terkirim/.test(t));
    await report.screenshot('sync-supervisor-report');
  });

  it("staff A closes one case and cancels another: the supervisor's report counts them done and cancelled", { timeout: 300_000 }, async () => {
    await expect(reportDoc.text('[data-testid="case-totals"]')).resolves.toMatch(/selesai 0, dibatalkan 0/);
    await ani.browser.send('case.transition', { caseId: aniCases[0], action: 'close', closeStatus: 'done' });
    await ani.browser.send('case.transition', { caseId: aniCases[1], action: 'close', closeStatus: 'cancelled', reason: 'ditarik pemohon' });
    // Ani's browser sends the two ledger events, as Ani.
    const ledger = await until('the two ledger events on the server', serverRecords, (r) => r.filter((x) => x.kind === 'ledger').length === 2);
    expect(ledger.filter((x) => x.kind === 'ledger').map((x) => [x.staff, x.caseId, x.closeStatus]).sort()).toEqual([
      ['ani', aniCases[0], 'done'],
      ['ani', aniCases[1], 'cancelled'],
    ].sort());
    // The supervisor's report takes them with its next sync ("Sinkronkan sekarang").
    await reportDoc.click('[data-testid="report-sync-now"]');
    const totals = await until('done and cancelled counted', () => reportDoc.text('[data-testid="case-totals"]'), (t) => !!t && /selesai 1, dibatalkan 1/.test(t));
    expect(totals).toMatch(/^Kasus: 3 /);
    const statusOf = (letter: string) =>
      reportDoc.run<string | null>(
        `(root, letter) => { const t = root.querySelector('[data-testid="agenda-table"]'); const heads = [...t.querySelectorAll('thead th')].map((h) => h.textContent.trim()); const col = heads.indexOf('Keterangan'); const row = [...t.querySelectorAll('tbody tr')].find((r) => r.textContent.includes(letter)); return row && col >= 0 ? row.children[col].textContent.trim() : null; }`,
        letter,
      );
    // The agenda's "Keterangan" column starts with the case status.
    await until('the agenda shows the statuses', () => Promise.all(['A-1', 'A-2', 'B-1'].map(statusOf)), (s) => /^Selesai/.test(s[0] ?? '') && /^Dibatalkan/.test(s[1] ?? '') && /^Dalam proses/.test(s[2] ?? ''));
    await report.screenshot('sync-supervisor-report-closed');
  });

  it('the server stops mid-burst and restarts: nothing is lost or doubled; the panel and options show what waits', { timeout: 300_000 }, async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await logCase(budi.browser, `B-burst-${i}`));
    await server.stop();
    for (let i = 3; i < 8; i++) ids.push(await logCase(budi.browser, `B-burst-${i}`));
    // A lifecycle transition while the server is down waits too.
    await budi.browser.send('case.transition', { caseId: ids[7], action: 'hold', reason: 'menunggu kelengkapan' });
    // The options page and the panel on an SPSE page say so: an error and records waiting.
    const offline = await until('pending records and the error in the options page', () => syncLine(budi.doc), (s) => (s.pending ?? 0) > 0 && !!s.error);
    expect(offline.error).toMatch(/tidak dapat dihubungi/);
    const spse = await budi.browser.newPage(sandbox.url + '/eproc4/admin/auditor/baru');
    const panel = panelOf(budi.browser, spse);
    await panel.waitForPanel(WAIT);
    const inPanel = await until('pending records in the panel', () => syncLine(panel), (s) => (s.pending ?? 0) > 0 && !!s.error, WAIT);
    expect(inPanel.error).toMatch(/tidak dapat dihubungi/);
    await spse.screenshot('sync-panel-offline');

    await server.restart();
    await budi.doc.click('[data-testid="sync-now"]');
    await until('a successful sync, nothing pending (options page)', () => syncLine(budi.doc), (s) => s.running === 'false' && s.pending === 0 && s.error === null);
    await until('nothing pending (panel)', () => syncLine(panel), (s) => s.running === 'false' && s.pending === 0 && s.error === null && !!s.lastSync);
    const records = await serverRecords();
    for (const id of ids) expect(records.filter((r) => r.kind === 'case' && r.id === id)).toHaveLength(1);
    const finishedEvents = records.filter((r) => r.kind === 'event' && r.finished);
    expect(new Set(finishedEvents.map((r) => r.id)).size).toBe(finishedEvents.length);
    expect(finishedEvents.length).toBe(3 + 8);
    const ledger = records.filter((r) => r.kind === 'ledger');
    expect(new Set(ledger.map((r) => r.id)).size).toBe(ledger.length);
    expect(ledger.filter((r) => r.caseId === ids[7] && r.staff === 'budi')).toHaveLength(1);
    await spse.close();
  });

  it('a wrong password and impersonating writes (a case, a step event, a ledger event) are refused', { timeout: 300_000 }, async () => {
    await ani.doc.type('[data-testid="sync-password"]', 'salah');
    await until('the wrong password typed', () => ani.doc.value('[data-testid="sync-password"]'), (v) => v === 'salah');
    await ani.doc.click('[data-testid="sync-test"]');
    await ani.doc.waitFor({ selector: '[data-testid="sync-message"]', hasText: 'kata sandi CouchDB salah' }, WAIT);
    const at = '2026-11-24T01:00:00.000Z';
    const kase = { id: 'palsu', sopId: SOP, sopVersion: '1', letter: { number: null, date: null, sender: null, subject: null, role: null }, people: [], receivedAt: at, status: 'open' as const, assignedTo: null, createdBy: 'Budi', createdAt: at, updatedAt: at, note: null };
    const closed = { id: 'tutup-palsu', caseId: aniCases[0], kind: 'reopened' as const, at, by: 'Budi', reason: 'palsu', closeStatus: null, stepNo: null, person: null, undoes: null, requirement: null, checked: null, forwardedTo: null, auto: false, recordedAt: at };
    const step = { id: 'langkah-palsu', caseId: aniCases[0], stepNo: 1, actor: null, startedAt: at, finishedAt: at, by: 'Budi', note: null, verdict: null, decision: null, updatedAt: at };
    for (const doc of [await toDoc('case', kase, 'budi'), await toDoc('event', step, 'budi'), await toDoc('ledger', closed, 'budi')]) {
      const res = await fetch(`${server.url}/pandu/_bulk_docs`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${btoa('ani:sandi-ani')}` }, body: JSON.stringify({ new_edits: false, docs: [doc] }) });
      const body = (await res.json()) as Array<{ error?: string; reason?: string }>;
      expect(body[0]).toMatchObject({ error: 'forbidden', reason: expect.stringMatching(/atas nama orang lain/) });
    }
    const ids = (await serverRecords()).map((r) => r.id);
    expect(ids).not.toContain('palsu');
    expect(ids).not.toContain('tutup-palsu');
    expect(ids).not.toContain('langkah-palsu');
  });
});
