import { describe, expect, it } from 'vitest';
import { documentOf, panelOf, useE2E, type E2EPage, WAIT_MS } from '../driver';

/**
 * Issue 11 items 1 and 8: a hostile page neither gets the panel on an unlisted host, nor reads or
 * drives it on a matched SPSE host, nor gets its decoy fields filled.
 */
// evil.example (not an SPSE host) resolves to the sandbox: the same SPSE-looking pages on another host.
const env = useE2E({ hostAliases: ['evil.example'] });

const SPSE_FORM = '/eproc4/admin/auditor/baru';
const LETTER = { number: '700/99/RAHASIA/2026', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor', role: 'auditor' as const };
const PEOPLE = [
  { name: 'Sulastri Wahyuningsih, S.E.', nip: '197905152006042011', phone: '+6281355557777', email: 'sulastri@contoh.go.id', position: 'Auditor' },
  { name: 'Bambang Sugiharto, Ak.', nip: '198202022008011005', phone: '+6285266668888', email: 'bambang@contoh.go.id', position: 'Auditor' },
];
const SECRETS = [LETTER.number, ...PEOPLE.flatMap((p) => [p.name, p.nip, p.phone, p.phone.replace('+62', '0'), p.email])];
const PICKER = '[data-testid="pandu-case-picker"]';

async function openCase(): Promise<string> {
  const { case: c } = await env.browser.send('case.open', { sopId: 'belitung-49-registrasi-user-id-auditor', letter: LETTER, people: PEOPLE });
  return c.id;
}

/** A new tab whose page runs `initScript` (main world) before its own scripts, on the SPSE form. */
async function spseFormWith(initScript: string): Promise<E2EPage> {
  const page = await env.browser.newPage();
  await page.addInitScript(initScript);
  await page.goto(env.sandbox.url + SPSE_FORM);
  return page;
}

describe(`[${env.name}] a page on another host, at an SPSE-looking path`, () => {
  it('http://evil.example/eproc4/… with every SPSE marker gets no panel and no bootstrap', async () => {
    const page = await env.browser.newPage(`http://evil.example:${env.sandbox.port}${SPSE_FORM}`);
    await expect(documentOf(page).text('#footer')).resolves.toMatch(/SPSE|LKPP/); // it does look like SPSE
    // The same page on the sandbox host, opened after it, gets its panel: by then the extension has
    // had at least as long on the evil page (a wait for a condition, not a fixed sleep).
    const control = await env.openSpse(SPSE_FORM);
    await expect(documentOf(page).count('pandu-panel')).resolves.toBe(0);
    await control.page.close();
    await page.close();
  });

  it('control: the same page on the sandbox host does get the panel', async () => {
    const { page, panel } = await env.openSpse(SPSE_FORM);
    await expect(panel.present()).resolves.toBe(true);
    await page.close();
  });
});

/** What the hostile page's own script does (page world). Returns what it could see. */
const PAGE_ATTACK = (secrets: string[]) => `(async (secrets) => {
  const host = document.querySelector('pandu-panel');
  const found = [];
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
      const el = document.elementFromPoint(x, y);
      if (!el) continue;
      for (const e of events()) el.dispatchEvent(e);
      el.click();
    }
  }
  document.activeElement?.click();
  await new Promise((r) => setTimeout(r, 800)); // let anything the events set off reach the log
  return { hostFound: !!host, shadowRoot: host ? host.shadowRoot : 'no host', found };
})(${JSON.stringify(secrets)})`;

describe(`[${env.name}] a matched SPSE page whose scripts try to read and drive the panel`, () => {
  it('sees no shadow root and no personal data; its synthetic events change nothing', async () => {
    const caseId = await openCase();
    // The page's script runs first and tries to force every shadow root open.
    const page = await spseFormWith(`(() => {
      const orig = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { return orig.call(this, { ...init, mode: 'open' }); };
    })()`);
    const panel = panelOf(env.browser, page);
    const doc = documentOf(page);
    // The page's override is live: a closed root it makes itself comes out open.
    await expect(page.evaluate(`(() => { const d = document.createElement('div'); d.attachShadow({ mode: 'closed' }); return d.shadowRoot !== null; })()`)).resolves.toBe(true);
    await panel.waitForPanel();
    // The user (trusted input) has this case active: the panel shows people and a fill plan.
    await panel.select(PICKER, caseId);
    await panel.waitFor('[data-testid="pandu-fill-preview"]');
    await expect(panel.text('.pandu-root')).resolves.toContain(PEOPLE[0].nip); // the panel does show it

    const seen = await page.evaluate(PAGE_ATTACK(SECRETS));
    expect(seen).toEqual({ hostFound: true, shadowRoot: null, found: [] });

    // Nothing happened: no step started, nobody marked done, no field of the page filled.
    const d = await env.browser.send('case.detail', { caseId });
    expect(d.events).toEqual([]);
    expect(d.case.people.map((p: { doneAt: string | null }) => p.doneAt)).toEqual([null, null]);
    await expect(doc.value('[name="pegawai.peg_nama"]')).resolves.toBe('');
    await expect(doc.value('[name="pegawai.peg_nip"]')).resolves.toBe('');

    // Control: the same buttons do work with a real click.
    await panel.click('[data-testid="pandu-fill-button"]');
    await doc.until(() => doc.value('[name="pegawai.peg_nip"]'), (v) => v === PEOPLE[0].nip, WAIT_MS, 'the NIP filled');
    await page.close();
  });

  it('what the user types or pastes in the panel does not bubble into the page', async () => {
    const page = await spseFormWith(`(() => {
      window.__heard = [];
      for (const t of ['keydown', 'keyup', 'keypress', 'input', 'paste', 'beforeinput'])
        document.addEventListener(t, (e) => window.__heard.push(t + ':' + (e.key ?? e.data ?? '')));
    })()`);
    const panel = panelOf(env.browser, page);
    const textarea = '[data-testid="pandu-letter-intake"] textarea';
    await panel.waitForPanel();
    await panel.waitFor(PICKER); // the case list has settled above "Kasus baru"
    await panel.click('[data-testid="pandu-new-case"]');
    await panel.click(textarea);
    await page.bringToFront(); // keyboard input goes to the tab in front
    await page.typeText('NIP 1979'); // key by key
    await page.insertText(' 0515'); // as a paste
    await panel.until(() => panel.value(textarea), (v) => v === 'NIP 1979 0515', WAIT_MS, 'the typed text in the panel');
    await expect(page.evaluate('window.__heard')).resolves.toEqual([]);
    await page.close();
  });
});

describe(`[${env.name}] pre-fill against a hostile form (issue 11 item 8)`, () => {
  it('a display:none decoy and an authenticity_token labelled "User ID" are not filled', async () => {
    const caseId = await openCase();
    // The auditor form, made hostile: a hidden decoy before the real name field, and the
    // User ID label pointing at a token field.
    env.sandbox.rewriteHtml((path, html) =>
      path !== SPSE_FORM
        ? html
        : html
            .replace(
              '<input type="text" class="form-control" name="pegawai.peg_nama"',
              '<input type="text" id="decoy" name="pegawai.peg_nama" style="display:none" value=""><input type="text" class="form-control" name="pegawai.peg_nama"',
            )
            .replace(/<input type="hidden" name="authenticityToken"[^>]*>/, (m) => `${m}<label for="tok">User ID</label><input type="text" id="tok" name="authenticity_token" value="rahasia-token">`),
    );
    try {
      const { page, panel } = await env.openSpse(SPSE_FORM);
      const doc = documentOf(page);
      await expect(doc.count('#decoy')).resolves.toBe(1);
      await expect(doc.count('#tok')).resolves.toBe(1);
      await panel.select(PICKER, caseId);
      await panel.click('[data-testid="pandu-fill-button"]');
      await doc.until(() => doc.value('#pegawai_peg_nama'), (v) => v === PEOPLE[0].name, WAIT_MS, 'the name filled');
      await expect(doc.value('#decoy')).resolves.toBe('');
      await expect(doc.value('#tok')).resolves.toBe('rahasia-token');
      await expect(doc.value('#pegawai_peg_namauser')).resolves.toMatch(/./);
      await page.close();
    } finally {
      env.sandbox.rewriteHtml(null);
    }
  });
});
