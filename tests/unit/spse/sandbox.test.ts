import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { renderSandboxPage, sandboxUrls } from '../../../sandbox/pages';
import { html, raw } from '../../../sandbox/html';

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => sb.reset());

async function get(path: string): Promise<{ status: number; text: string; token: string }> {
  const res = await fetch(sb.url + path, { redirect: 'manual' });
  const text = await res.text();
  const token = /name="authenticityToken" value="([^"]+)"/.exec(text)?.[1] ?? '';
  return { status: res.status, text, token };
}

async function post(path: string, fields: Record<string, string | string[]>, cookie = ''): Promise<Response> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return fetch(sb.url + path, { method: 'POST', body, redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie } });
}

const person = (userId: string) => ({
  'pegawai.peg_namauser': userId,
  'pegawai.peg_nama': 'Ahmad <b>Fauzi</b>',
  'pegawai.peg_nip': '198503152010011003',
  'pegawai.peg_email': 'ahmad@contoh.go.id',
  'pegawai.peg_masa_berlaku': '31-12-2026',
});

describe('sandbox html helper', () => {
  it('escapes values and keeps trusted markup', () => {
    expect(html`<p title="${'"x"'}">${'<script>'}${raw('<br>')}${['a', '&']}${null}</p>`.value).toBe('<p title="&quot;x&quot;">&lt;script&gt;<br>a&amp;</p>');
  });
});

describe('sandbox server', () => {
  it('serves every listed page in both layouts with SPSE markers', async () => {
    const index = await get('/');
    for (const u of sandboxUrls()) {
      expect(index.text).toContain(`href="${u.url.replace(/&/g, '&amp;')}"`);
      const page = await get(u.url);
      expect(page.status, u.url).toBe(u.pageId === 'not-found' ? 404 : 200);
      // The noscript sentence is a marker of local 4.x pages only (captured national 4.5 pages have none).
      if (u.layout === 'local') expect(page.text).toContain('Untuk tampilan aplikasi SPSE yang lebih baik');
      else expect(page.text).not.toContain('Untuk tampilan aplikasi SPSE yang lebih baik');
      expect(page.text).toContain('Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)');
      if (u.layout === 'local') expect(page.text).toMatch(/SPSE v4\.5u\d{8}/);
      if (u.layout === 'national') {
        expect(page.text).toContain('/lkpp/public/images/global/inaproc.png');
        expect(page.text).toContain('Aplikasi SPSE v4.5u20250321');
        expect(page.text).toContain('bootstrap@4.6.2');
      }
    }
  });

  it('accepts a valid form, stores the fields exactly and shows a success message', async () => {
    const page = await get('/eproc4/admin/auditor/baru');
    const fields = { authenticityToken: page.token, ...person('auditor.baru'), 'auditor.aud_instansi': 'Inspektorat', 'auditor.aud_no_surat_tugas': 'ST-1/2026', 'pegawai.passw': '', 'pegawai.passw_konfirmasi': '' };
    const res = await post('/eproc4/admin/auditor/baru', fields);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/eproc4/admin/auditor');
    expect(sb.submissions).toHaveLength(1);
    expect(sb.submissions[0]).toMatchObject({ path: '/eproc4/admin/auditor/baru', page: 'auditor-form', fields });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const list = await (await fetch(sb.url + '/eproc4/admin/auditor', { headers: { cookie } })).text();
    expect(list).toContain('Data berhasil disimpan');
    expect(list).toContain('auditor.baru');
    expect(list).toContain('Ahmad &lt;b&gt;Fauzi&lt;/b&gt;');
  });

  it('rejects missing fields, duplicates and bad formats, re-rendering values escaped', async () => {
    const page = await get('/lkpp/admin/verifikator/baru');
    const res = await post('/lkpp/admin/verifikator/baru', { authenticityToken: page.token, ...person('PPK01'), 'pegawai.peg_nip': '123', 'pegawai.peg_masa_berlaku': '2026-12-31', 'pegawai.peg_nama': '"><script>x</script>' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('alert alert-danger');
    expect(text).toContain('User ID PPK01 sudah digunakan');
    expect(text).toContain('NIP harus 18 digit angka');
    expect(text).toContain('Masa Berlaku harus tanggal dengan format dd-mm-yyyy');
    expect(text).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(text).not.toContain('<script>x</script>');
    const missing = await (await post('/lkpp/admin/verifikator/baru', { authenticityToken: page.token })).text();
    expect(missing).toContain('User ID wajib diisi');
    expect(missing).toContain('Nama Lengkap wajib diisi');
    expect(sb.submissions).toHaveLength(0);
  });

  it('refuses a wrong authenticityToken and a User ID taken by an earlier submission', async () => {
    const bad = await post('/eproc4/admin/helpdesk/baru', { authenticityToken: 'x', ...person('hd.baru') });
    expect(bad.status).toBe(403);
    const { token } = await get('/eproc4/admin/helpdesk/baru');
    expect((await post('/eproc4/admin/helpdesk/baru', { authenticityToken: token, ...person('hd.baru') })).status).toBe(302);
    const again = await post('/eproc4/admin/helpdesk/baru', { authenticityToken: token, ...person('HD.baru') });
    expect(await again.text()).toContain('sudah digunakan');
    sb.reset();
    expect(sb.submissions).toHaveLength(0);
    expect((await post('/eproc4/admin/helpdesk/baru', { authenticityToken: token, ...person('hd.baru') })).status).toBe(302);
  });

  it('joins checkbox roles, handles login, vendor and role-access decisions', async () => {
    const { token } = await get('/eproc4/pegawai/baru');
    const res = await post('/eproc4/pegawai/baru', { authenticityToken: token, ...person('pokja.baru'), usergroup: ['PPK', 'PANITIA'] });
    expect(res.status).toBe(302);
    expect(sb.submissions[0].fields.usergroup).toBe('PPK,PANITIA');
    const login = await post('/eproc4/login', { authenticityToken: token, txtUserId: 'admin', txtPassword: 'rahasia', isRekanan: 'false' });
    expect(login.headers.get('location')).toBe('/eproc4/login/otp');
    expect((await post('/eproc4/login/otp', { authenticityToken: token, otp: '12345' })).status).toBe(200);
    const otp = await post('/eproc4/login/otp', { authenticityToken: token, otp: '123456' });
    expect(otp.headers.get('location')).toBe('/eproc4/home');
    const tolak = await post('/eproc4/rekanan/101/verifikasi', { authenticityToken: token, rkn_id: '101', aksi: 'tolak' });
    expect(await tolak.text()).toContain('Alasan Penolakan wajib diisi');
    expect((await post('/eproc4/rekanan/101/verifikasi', { authenticityToken: token, rkn_id: '101', aksi: 'setuju' })).status).toBe(302);
    expect((await post('/akun/verifikasi-akses/9001', { authenticityToken: token, permintaan_id: '9001', aksi: 'setujui' })).status).toBe(302);
    expect(sb.submissions.map((s) => s.page)).toEqual(['pegawai-form', 'login', 'login-otp', 'penyedia-verification-detail', 'role-access-approval']);
  });

  it('renders pages without a server, with variants', () => {
    const v2 = renderSandboxPage('/eproc4/admin/adminagency/baru?variant=2');
    expect(v2.pageId).toBe('admin-agency-form');
    expect(v2.html).not.toContain('id="pegawai_peg_nama"');
    expect(v2.html).toContain('name="pegawai.peg_nama"');
    expect(renderSandboxPage('/eproc/home').html).toContain('navbar-custom');
    expect(renderSandboxPage('/kemenkeu/home').html).toContain('/kemenkeu/public/images/global/inaproc.png');
    const big = renderSandboxPage('/eproc4/admin/bigtable?rows=5000');
    expect(big.html.match(/<tr>/g)!.length).toBeGreaterThanOrEqual(5000);
  });
});

describe('sandbox page scripts (run in jsdom)', () => {
  async function loadScripted(path: string) {
    const { JSDOM } = await import('jsdom');
    return new JSDOM(renderSandboxPage(path).html, { runScripts: 'dangerously', pretendToBeVisual: true }).window;
  }

  it('counts input/change events per field, even when the log div was removed', async () => {
    const win = await loadScripted('/eproc4/admin/auditor/baru');
    const doc = win.document;
    const nip = doc.querySelector<HTMLInputElement>('[name="pegawai.peg_nip"]')!;
    nip.value = '198503152010011003';
    nip.dispatchEvent(new win.Event('input', { bubbles: true }));
    nip.dispatchEvent(new win.Event('change', { bubbles: true }));
    const log = doc.getElementById('sandbox-event-log')!;
    expect(log.getAttribute('data-input-count')).toBe('1');
    expect(log.getAttribute('data-change-count')).toBe('1');
    expect(JSON.parse(log.textContent!)).toEqual({ 'pegawai.peg_nip': { input: 1, change: 1 } });
    log.remove();
    doc.querySelector('[name="pegawai.peg_nama"]')!.dispatchEvent(new win.Event('input', { bubbles: true }));
    expect(doc.getElementById('sandbox-event-log')!.getAttribute('data-input-count')).toBe('2');
    win.close();
  });

  it('the datepicker follows programmatic values and sets values when a day is picked', async () => {
    const win = await loadScripted('/lkpp/admin/auditor/baru');
    const doc = win.document;
    const date = doc.querySelector<HTMLInputElement>('[name="pegawai.peg_masa_berlaku"]')!;
    date.focus();
    const picker = doc.querySelector('.datepicker-dropdown')!;
    expect(picker).toBeTruthy();
    date.value = '31-12-2026';
    date.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(picker.getAttribute('data-selected')).toBe('31-12-2026');
    expect(date.getAttribute('data-date-valid')).toBe('true');
    date.value = '2026-12-31';
    date.dispatchEvent(new win.Event('input', { bubbles: true }));
    expect(date.getAttribute('data-date-valid')).toBe('false');
    date.value = '01-02-2027';
    date.dispatchEvent(new win.Event('input', { bubbles: true }));
    picker.querySelector('[data-day="15"]')!.dispatchEvent(new win.MouseEvent('mousedown', { bubbles: true }));
    expect(date.value).toBe('15-02-2027');
    win.close();
  });

  it('the big table appends rows on demand', async () => {
    const win = await loadScripted('/eproc4/admin/bigtable?rows=100');
    (win as unknown as { sandboxAppendRows(n: number): void }).sandboxAppendRows(25);
    expect(win.document.getElementById('bigtable-count')!.textContent).toBe('125');
    expect(win.document.querySelectorAll('#tbl-log-akses tbody tr')).toHaveLength(125);
    win.close();
  });
});

describe('sandbox robustness', () => {
  it('answers odd requests calmly', async () => {
    expect((await get('/eproc4/%E0%A4%A')).status).toBe(404);
    expect((await get('/robots.txt')).status).toBe(404);
    expect((await get('/lkpp/public/images/global/inaproc.png')).status).toBe(200);
    const json = await fetch(sb.url + '/eproc4/admin/auditor/baru', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(415);
    expect((await fetch(sb.url + '/eproc4/home', { method: 'DELETE' })).status).toBe(405);
  });

  it('serves a root-served LPSE (no /eproc4): local layout, links and forms without a base', async () => {
    const page = await get('/admin/auditor/baru');
    expect(page.status).toBe(200);
    expect(page.text).toContain('action="/admin/auditor/baru"');
    expect(page.text).toContain('href="/admin/adminagency"');
    expect(page.text).toContain('navbar-custom');
    const res = await post('/login', { authenticityToken: page.token, txtUserId: 'agency.dinkes', txtPassword: 'x' });
    expect(res.headers.get('location')).toBe('/login/otp');
    expect((await post('/login/otp', { authenticityToken: page.token, otp: '654321' })).headers.get('location')).toBe('/home?role=agency');
    expect((await get('/pegawai/edit/6')).status).toBe(200);
  });
});

