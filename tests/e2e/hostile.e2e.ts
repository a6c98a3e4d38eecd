import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, PANEL_HOST, sendFromPage, startSandbox, type Launched } from './harness';
import { panelAllText, panelClick, panelSelect, panelValue, panelWaitFor, waitForPanel } from './panel-driver';

/**
 * Issue 11 item 1 in real Chromium: a hostile page neither gets the panel on an unlisted host,
 * nor reads or drives it on a matched SPSE host.
 */
type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;
let b: Launched;
let port: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  port = new URL(sandbox.url).port;
  // evil.example (not an SPSE host) resolves to the sandbox: same SPSE-looking pages, another host.
  b = await launchBrowser({ extraArgs: ['--host-resolver-rules=MAP evil.example 127.0.0.1'] });
});
afterAll(async () => {
  await b?.close();
  await sandbox?.close();
});

const LETTER = { number: '700/99/RAHASIA/2026', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor', role: 'auditor' as const };
const PEOPLE = [
  { name: 'Sulastri Wahyuningsih, S.E.', nip: '197905152006042011', phone: '+6281355557777', email: 'sulastri@contoh.go.id', position: 'Auditor' },
  { name: 'Bambang Sugiharto, Ak.', nip: '198202022008011005', phone: '+6285266668888', email: 'bambang@contoh.go.id', position: 'Auditor' },
];
const SECRETS = [LETTER.number, ...PEOPLE.flatMap((p) => [p.name, p.nip, p.phone, p.phone.replace('+62', '0'), p.email])];

async function openCase(): Promise<string> {
  const ext = await b.context.newPage();
  await ext.goto(b.extensionUrl('options.html'));
  const { case: c } = await sendFromPage(ext, 'case.open', { sopId: 'belitung-49-registrasi-user-id-auditor', letter: LETTER, people: PEOPLE });
  await ext.close();
  return c.id;
}

async function caseDetail(caseId: string) {
  const ext = await b.context.newPage();
  await ext.goto(b.extensionUrl('options.html'));
  const d = await sendFromPage(ext, 'case.detail', { caseId });
  await ext.close();
  return d;
}

describe('a page on another host, at an SPSE-looking path', () => {
  it('http://evil.example/eproc4/… with every SPSE marker gets no panel and no bootstrap', async () => {
    const page = await b.context.newPage();
    await page.goto(`http://evil.example:${port}/eproc4/admin/auditor/baru`);
    await expect(page.locator('#footer').innerText()).resolves.toMatch(/SPSE|LKPP/); // it does look like SPSE
    await page.waitForTimeout(1500);
    await expect(page.locator(PANEL_HOST).count()).resolves.toBe(0);
    await page.close();
  });

  it('control: the same page on the sandbox host does get the panel', async () => {
    const page = await b.context.newPage();
    await page.goto(`${sandbox.url}/eproc4/admin/auditor/baru`);
    await waitForPanel(page);
    await page.close();
  });
});

/** What the hostile page's own script does (page world). Returns what it could see. */
async function pageAttack(page: Page, secrets: string[]) {
  return page.evaluate(async (secrets) => {
    const host = document.querySelector('pandu-panel') as HTMLElement | null;
    const found: string[] = [];
    const sources = [document.documentElement.outerHTML, document.body.innerText, document.title];
    // Every open shadow root on the page, too.
    for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) sources.push(el.shadowRoot.innerHTML);
    for (const s of secrets) if (sources.some((src) => src.includes(s))) found.push(s);
    // Drive it: synthetic events everywhere the panel could be.
    const events = () => [
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
      new Event('change', { bubbles: true, composed: true }),
      new Event('input', { bubbles: true, composed: true }),
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    ];
    if (host) for (const e of events()) host.dispatchEvent(e);
    for (let y = 10; y < innerHeight; y += 25) {
      for (let x = innerWidth - 330; x < innerWidth; x += 40) {
        const el = document.elementFromPoint(x, y) as HTMLElement | null;
        if (!el) continue;
        for (const e of events()) el.dispatchEvent(e);
        el.click();
      }
    }
    (document.activeElement as HTMLElement | null)?.click();
    await new Promise((r) => setTimeout(r, 800));
    return { hostFound: !!host, shadowRoot: host ? host.shadowRoot : 'no host', found };
  }, secrets);
}

describe('a matched SPSE page whose scripts try to read and drive the panel', () => {
  it('sees no shadow root and no personal data; its synthetic events change nothing', async () => {
    const caseId = await openCase();
    const page = await b.context.newPage();
    // The page's script runs first and tries to force every shadow root open.
    await page.addInitScript(() => {
      const orig = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        return orig.call(this, { ...init, mode: 'open' });
      };
    });
    await page.goto(`${sandbox.url}/eproc4/admin/auditor/baru`);
    await waitForPanel(page);
    // The user (trusted input) has this case active: the panel shows people and a fill plan.
    await panelSelect(page, '[data-testid="pandu-case-picker"]', caseId);
    await panelWaitFor(page, '[data-testid="pandu-fill-preview"]');
    await expect(panelAllText(page)).resolves.toContain(PEOPLE[0].nip); // the panel does show it

    const seen = await pageAttack(page, SECRETS);
    expect(seen).toEqual({ hostFound: true, shadowRoot: null, found: [] });

    // Nothing happened: no step started, nobody marked done, no field of the page filled.
    const d = await caseDetail(caseId);
    expect(d.events).toEqual([]);
    expect(d.case.people.map((p: { doneAt: string | null }) => p.doneAt)).toEqual([null, null]);
    expect(await page.inputValue('[name="pegawai.peg_nama"]')).toBe('');
    expect(await page.inputValue('[name="pegawai.peg_nip"]')).toBe('');

    // Control: the same buttons do work with a real click.
    await panelClick(page, '[data-testid="pandu-fill-button"]');
    await expect.poll(() => page.inputValue('[name="pegawai.peg_nip"]')).toBe(PEOPLE[0].nip);
    await page.close();
  });

  it('what the user types or pastes in the panel does not bubble into the page', async () => {
    const page = await b.context.newPage();
    await page.addInitScript(() => {
      (window as any).__heard = [];
      for (const t of ['keydown', 'keyup', 'keypress', 'input', 'paste', 'beforeinput'])
        document.addEventListener(t, (e: any) => (window as any).__heard.push(`${t}:${e.key ?? e.data ?? ''}`));
    });
    await page.goto(`${sandbox.url}/eproc4/admin/auditor/baru`);
    await waitForPanel(page);
    await panelClick(page, '[data-testid="pandu-new-case"]');
    await panelClick(page, '[data-testid="pandu-letter-intake"] textarea');
    await page.keyboard.type('NIP 1979');
    await page.keyboard.insertText(' 0515');
    await expect(panelValue(page, '[data-testid="pandu-letter-intake"] textarea')).resolves.toBe('NIP 1979 0515');
    await expect(page.evaluate(() => (window as any).__heard)).resolves.toEqual([]);
    await page.close();
  });
});

describe('pre-fill against a hostile form (issue 11 item 8)', () => {
  it('a display:none decoy and an authenticity_token labelled "User ID" are not filled', async () => {
    const caseId = await openCase();
    const page = await b.context.newPage();
    // The auditor form, made hostile: a hidden decoy before the real name field, and the
    // User ID label pointing at a token field.
    await page.route('**/eproc4/admin/auditor/baru', async (route) => {
      const res = await route.fetch();
      let html = await res.text();
      html = html.replace(
        '<input type="text" class="form-control" name="pegawai.peg_nama"',
        '<input type="text" id="decoy" name="pegawai.peg_nama" style="display:none" value=""><input type="text" class="form-control" name="pegawai.peg_nama"',
      );
      html = html.replace(/<input type="hidden" name="authenticityToken"[^>]*>/, (m) => `${m}<label for="tok">User ID</label><input type="text" id="tok" name="authenticity_token" value="rahasia-token">`);
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(`${sandbox.url}/eproc4/admin/auditor/baru`);
    await expect(page.locator('#decoy').count()).resolves.toBe(1);
    await expect(page.locator('#tok').count()).resolves.toBe(1);
    await waitForPanel(page);
    await panelSelect(page, '[data-testid="pandu-case-picker"]', caseId);
    await panelClick(page, '[data-testid="pandu-fill-button"]');
    await expect.poll(() => page.inputValue('#pegawai_peg_nama')).toBe(PEOPLE[0].name);
    expect(await page.inputValue('#decoy')).toBe('');
    expect(await page.inputValue('#tok')).toBe('rahasia-token');
    expect(await page.inputValue('#pegawai_peg_namauser')).not.toBe('');
    await page.close();
  });
});
