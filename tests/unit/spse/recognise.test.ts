import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { MIN_CONFIDENCE, combine, detectLayout, explainRecognition, isSpsePage, recognise, splitBase } from '../../../lib/spse/recognise';
import { ROUTES } from '../../../lib/spse/routes';
import { SANDBOX_PAGES, sandboxUrls } from '../../../sandbox/pages';
import { noisy, parse, sandboxDoc, sandboxHtml } from './helpers';

const KNOWN = SANDBOX_PAGES.filter((p) => ROUTES.some((r) => r.id === p.pageId));
const LOCAL = 'https://lpse.kaltimprov.go.id';

/** The sandbox path of a page in a layout, and that path on real-looking hosts. */
function variantsOf(pageId: string): { name: string; url: string; html: string }[] {
  return KNOWN.filter((x) => x.pageId === pageId).flatMap((p) => variantsOfPath(p).map((v) => ({ ...v, name: `${p.path}: ${v.name}` })));
}

function variantsOfPath(p: (typeof KNOWN)[number]): { name: string; url: string; html: string }[] {
  if (p.layouts.includes('akun')) {
    const path = `/akun${p.path}`;
    return [
      { name: 'sandbox', url: `http://127.0.0.1:8080${path}`, html: sandboxHtml(path) },
      { name: 'akun host', url: `https://akun.inaproc.id${p.path}`, html: sandboxHtml(path) },
      { name: 'noisy', url: `https://akun.inaproc.id${p.path}?tab=1#x`, html: noisy(sandboxHtml(path)) },
    ];
  }
  const local = sandboxHtml(`/eproc4${p.path}`);
  const national = sandboxHtml(`/lkpp${p.path}`);
  return [
    { name: 'sandbox local', url: `http://127.0.0.1:43210/eproc4${p.path}`, html: local },
    { name: 'another local host', url: `${LOCAL}/eproc4${p.path}`, html: local },
    { name: 'http, .ac.id, /eproc (3.x)', url: `http://lpse.unmul.ac.id/eproc${p.path}`, html: local },
    { name: 'without /eproc4', url: `https://lpse.bpk.go.id${p.path}`, html: local },
    { name: 'national slug', url: `https://spse.inaproc.id/kemenkeu${p.path}`, html: sandboxHtml(`/kemenkeu${p.path}`) },
    { name: 'sandbox national', url: `http://localhost:8080/lkpp${p.path}`, html: national },
    { name: 'extra attributes + whitespace', url: `${LOCAL}/eproc4${p.path}`, html: noisy(local) },
    { name: 'variant 2 (menus reordered, no ids)', url: `${LOCAL}/eproc4${p.path}`, html: sandboxHtml(`/eproc4${p.path}${p.path.includes('?') ? '&' : '?'}variant=2`) },
    { name: 'national noisy variant 2', url: `https://spse.inaproc.id/lkpp${p.path}`, html: noisy(sandboxHtml(`/lkpp${p.path}?variant=2`)) },
  ];
}

describe('recognise: every page id, sandbox HTML and variants', () => {
  const ids = [...new Set(KNOWN.map((p) => p.pageId))];
  it('covers all 15 page ids', () => expect(ids).toHaveLength(15));
  for (const id of ids) {
    describe(id, () => {
      for (const v of variantsOf(id)) {
        it(v.name, () => {
          const m = recognise(v.url, parse(v.html));
          expect(m.pageId, `${v.url}`).toBe(id);
          expect(m.isSpse).toBe(true);
          expect(m.confidence).toBeGreaterThanOrEqual(0.8);
          expect(m.role).toBe(ROUTES.find((r) => r.id === id)!.role === 'any' && id === 'home' ? 'admin-ppe' : ROUTES.find((r) => r.id === id)!.role);
        });
      }
    });
  }
});

describe('recognise: URL and DOM are separate signals', () => {
  it('a strong DOM match on an unexpected URL still recognises, with lower confidence', () => {
    const doc = sandboxDoc('/eproc4/admin/auditor/baru');
    const expected = recognise(`${LOCAL}/eproc4/admin/auditor/baru`, doc);
    const moved = recognise(`${LOCAL}/eproc4/kelola/apip/tambah`, doc);
    expect(moved.pageId).toBe('auditor-form');
    expect(moved.confidence).toBeLessThan(expected.confidence);
    expect(moved.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('a form whose heading is unknown, on an unexpected URL, is no page at all (not the nearest account form)', () => {
    const doc = sandboxDoc('/eproc4/admin/auditor/baru');
    for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6, .panel-heading, .panel-title, .card-header, .card-title, .page-header, .box-title, title'))) h.textContent = 'Formulir Isian Lain';
    const got = recognise(`${LOCAL}/eproc4/kelola/apip/tambah`, doc);
    expect(got.pageId).toBe('unknown');
    expect(got.isSpse).toBe(true);
  });

  it('a known URL with a foreign DOM is not enough for a guessed page', () => {
    const satker = sandboxDoc('/eproc4/admin/satker');
    expect(recognise(`${LOCAL}/eproc4/admin/auditor/baru`, satker).pageId).toBe('unknown');
  });

  it('the list and the form of the same account kind are told apart by the DOM on a neutral URL', () => {
    expect(recognise(`${LOCAL}/eproc4/x`, sandboxDoc('/eproc4/admin/helpdesk')).pageId).toBe('helpdesk-list');
    expect(recognise(`${LOCAL}/eproc4/x`, sandboxDoc('/eproc4/admin/helpdesk/baru')).pageId).toBe('helpdesk-form');
  });

  it('home tells the role from the menu', () => {
    expect(recognise(`${LOCAL}/eproc4/home`, sandboxDoc('/eproc4/home?role=agency')).role).toBe('admin-agency');
    expect(recognise(`${LOCAL}/eproc4/home`, sandboxDoc('/eproc4/home?role=verifikator')).role).toBe('verifikator');
    expect(recognise(`${LOCAL}/eproc4/home`, sandboxDoc('/eproc4/home')).role).toBe('admin-ppe');
  });

  it('reports base, rest and layout', () => {
    const m = recognise('https://spse.inaproc.id/kemenkeu/admin/auditor/baru?x=1', sandboxDoc('/kemenkeu/admin/auditor/baru'));
    expect(m).toMatchObject({ base: '/kemenkeu', rest: '/admin/auditor/baru', layout: 'national', source: 'built-in' });
    expect(recognise(`${LOCAL}/eproc4/home`, sandboxDoc('/eproc4/home')).layout).toBe('local');
    expect(recognise('https://akun.inaproc.id/verifikasi-akses', sandboxDoc('/akun/verifikasi-akses')).layout).toBe('akun');
  });

  it('a page saved after a successful save (flash message) is still recognised', () => {
    const html = sandboxHtml('/eproc4/admin/auditor').replace('<div class="content">', '<div class="content"><div class="alert alert-success">Data berhasil disimpan</div>');
    expect(recognise(`${LOCAL}/eproc4/admin/auditor`, parse(html)).pageId).toBe('auditor-list');
  });
});

describe('recognise: unknown, never a throw', () => {
  it('an SPSE page that is not known → unknown, but isSpse', () => {
    for (const path of ['/eproc4/admin/satker', '/lkpp/admin/satker', '/eproc4/admin/bigtable?rows=5000', '/eproc4/tidak-ada']) {
      const m = recognise(`${LOCAL}${path}`, sandboxDoc(path));
      expect(m.pageId, path).toBe('unknown');
      expect(m.isSpse, path).toBe(true);
      expect(m.confidence).toBe(0);
      expect(m.role).toBeNull();
    }
  });

  it('a non-SPSE page → unknown, not SPSE (even on an SPSE-looking URL and with the same form)', () => {
    const index = parse(sandboxHtml('/'));
    expect(recognise('http://127.0.0.1:8080/', index)).toMatchObject({ pageId: 'unknown', isSpse: false, layout: null });
    const stripped = sandboxHtml('/eproc4/admin/auditor/baru').replace(/<noscript>[\s\S]*?<\/noscript>/, '').replace(/<div id="footer">[\s\S]*?<\/div>\n<\/div>/, '');
    expect(stripped).not.toContain('LKPP');
    expect(recognise(`${LOCAL}/eproc4/admin/auditor/baru`, parse(stripped)).pageId).toBe('unknown');
    const blog = parse('<html><head><title>Login</title></head><body><h1>Login</h1><form><input name="txtUserId"><input type="password" name="txtPassword"></form></body></html>');
    expect(recognise('https://blog.example.com/login', blog).isSpse).toBe(false);
  });

  it('broken, empty and odd inputs → unknown without throwing', () => {
    const cases: [string, unknown][] = [
      ['https://x.go.id/eproc4/home', parse('')],
      ['https://x.go.id/eproc4/home', parse('<html><body><div id="footer">SPSE v4.5u2024 <table><tr><td><h1>Beranda</td></form></div></p></b>')],
      ['not a url at all', sandboxDoc('/eproc4/home')],
      ['', sandboxDoc('/eproc4/home')],
      ['https://x.go.id/eproc4/%E0%A4%A/home', sandboxDoc('/eproc4/home')],
      ['https://x.go.id/eproc4/home', null],
      ['https://x.go.id/eproc4/home', {}],
      ['https://x.go.id/eproc4/home', new JSDOM('<?xml version="1.0"?><root><a/></root>', { contentType: 'application/xml' }).window.document],
    ];
    for (const [url, doc] of cases) {
      expect(() => recognise(url, doc as Document)).not.toThrow();
      const m = recognise(url, doc as Document);
      expect(typeof m.pageId).toBe('string');
    }
    expect(recognise('', sandboxDoc('/eproc4/home')).pageId).toBe('home'); // DOM alone still works
    expect(recognise('https://x.go.id/eproc4/home', null as unknown as Document).pageId).toBe('unknown');
    // The broken page still says it is SPSE (footer version) and recognises home from the URL and heading.
    expect(recognise(cases[1][0], cases[1][1] as Document).pageId).toBe('home');
  });
  // Speed is measured by `npm run bench recognise` (a budget, not a timed test).
});

describe('combine: URL, DOM and heading into one confidence', () => {
  it('a matched known URL: 0.6 + 0.4 × DOM', () => {
    expect(combine(true, true, 0.5)).toBeCloseTo(0.8, 10);
    expect(combine(true, true, 0)).toBeCloseTo(0.6, 10);
  });
  it('a matched guessed URL: 0.35 + 0.65 × DOM', () => {
    expect(combine(true, false, 0.5)).toBeCloseTo(0.675, 10);
    expect(combine(true, false, 0, 0)).toBeCloseTo(0.35, 10);
  });
  it('no URL match: 0.8 × DOM, and only with a heading', () => {
    expect(combine(false, true, 0.5)).toBeCloseTo(0.4, 10);
    expect(combine(false, true, 1, 0.8)).toBeCloseTo(0.8, 10);
    expect(combine(false, true, 1, 0)).toBe(0);
    expect(combine(false, false, 0.9, 0)).toBe(0);
  });
});

describe('splitBase', () => {
  const cases: [string, string, string][] = [
    ['https://lpse.kaltimprov.go.id/eproc4/admin/auditor/baru?x=1#y', '/eproc4', '/admin/auditor/baru'],
    ['http://lpse.unmul.ac.id/eproc/lelang', '/eproc', '/lelang'],
    ['https://lpse.x.go.id/eproc4', '/eproc4', '/'],
    ['https://LPSE.X.GO.ID/EPROC4/home', '/eproc4', '/home'],
    ['https://spse.inaproc.id/kemenkeu/home', '/kemenkeu', '/home'],
    ['https://spse.inaproc.id/tapinkab/lelang/123/pengumumanlelang', '/tapinkab', '/lelang/123/pengumumanlelang'],
    ['https://akun.inaproc.id/verifikasi-akses/9', '', '/verifikasi-akses/9'],
    ['https://lpse.bpk.go.id/home', '', '/home'],
    ['https://lpse.bpk.go.id/admin/auditor/baru/', '', '/admin/auditor/baru'],
    ['http://127.0.0.1:43210/lkpp/admin/auditor', '/lkpp', '/admin/auditor'],
    ['http://127.0.0.1:43210/akun/verifikasi-akses', '/akun', '/verifikasi-akses'],
    ['https://pengadaan.pertamina.com/spse/pegawai/edit/3', '/spse', '/pegawai/edit/3'],
    ['https://x.go.id/', '', '/'],
    ['https://x.go.id/something/else', '', '/something/else'],
    ['/eproc4/home', '/eproc4', '/home'],
    ['garbage', '', '/'],
  ];
  for (const [url, base, rest] of cases) it(url, () => expect(splitBase(url)).toEqual({ base, rest }));
});

describe('isSpsePage / detectLayout', () => {
  it('finds the markers', () => {
    expect(isSpsePage(parse('<body><noscript>Untuk tampilan aplikasi SPSE yang lebih baik, aktifkan JavaScript</noscript></body>'))).toBe(true);
    expect(isSpsePage(parse('<body><div id="footer">SPSE v4.3u20191009</div></body>'))).toBe(true);
    expect(isSpsePage(parse('<body><div id="footer">© 2006-2026 Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)</div></body>'))).toBe(true);
    expect(isSpsePage(parse('<body><div id="footer">© 2026 Toko Online</div></body>'))).toBe(false);
    expect(isSpsePage(parse(''))).toBe(false);
    expect(isSpsePage(null as unknown as Document)).toBe(false);
  });
  it('tells the layouts apart', () => {
    expect(detectLayout(sandboxDoc('/eproc4/home'))).toBe('local');
    expect(detectLayout(sandboxDoc('/lkpp/home'))).toBe('national');
    expect(detectLayout(sandboxDoc('/akun/verifikasi-akses'))).toBe('akun');
    expect(detectLayout(parse('<div id="footer">SPSE v4.5</div>'), 'https://spse.inaproc.id/x/home')).toBe('national');
    expect(detectLayout(parse('<div id="footer">SPSE v4.5</div>'), 'https://x.go.id/eproc4/home')).toBe('local');
    expect(detectLayout(parse('<div id="footer">SPSE v4.5</div>'))).toBeNull();
  });
});

describe('explainRecognition', () => {
  it('lists every candidate, best first, with its URL and DOM evidence', () => {
    const { match, candidates } = explainRecognition(`${LOCAL}/eproc4/admin/auditor/baru`, sandboxDoc('/eproc4/admin/auditor/baru'));
    expect(match.pageId).toBe('auditor-form');
    expect(candidates).toHaveLength(ROUTES.length);
    expect(candidates[0]).toMatchObject({ pageId: 'auditor-form', urlMatch: true, dom: 1, heading: 1, source: 'built-in' });
    expect(candidates[1].confidence).toBeLessThan(candidates[0].confidence);
    const unknown = explainRecognition(`${LOCAL}/eproc4/admin/satker`, sandboxDoc('/eproc4/admin/satker'));
    expect(unknown.match.pageId).toBe('unknown');
    expect(unknown.candidates[0].confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it('the central hosts count as SPSE even without DOM markers', () => {
    const bare = parse('<html><head><title>INAPROC</title></head><body><h3>Verifikasi Akses Instansi</h3><dl><dt>Tipe Profil Non Penyedia</dt><dd>ASN</dd><dt>Role</dt><dd>PPK</dd></dl></body></html>');
    expect(recognise('https://akun.inaproc.id/verifikasi-akses/1', bare)).toMatchObject({ pageId: 'role-access-approval', isSpse: true, layout: 'akun' });
    expect(recognise('https://contoh.go.id/verifikasi-akses/1', bare)).toMatchObject({ pageId: 'unknown', isSpse: false });
  });
});

describe('site, layout and version come from the page itself (issue 15)', () => {
  const NATIONAL_45 = `<html><head><title>Beranda</title>
<link rel="stylesheet" href="/public/vendor/bootstrap@4.6.2/dist/css/bootstrap.min.css"></head>
<body><ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link" href="/home">Beranda</a></li></ul>
<div class="card"><div class="card-header">Beranda</div><table class="table table-sm table-bordered"><tr><th class="bgwarning">Nama</th><td>x</td></tr></table></div>
<footer class="footer">Aplikasi SPSE v4.5u20250321</footer></body></html>`;

  it('a national 4.5 page (Bootstrap 4.6, th.bgwarning) at /eproc4 or at the root of any host is national', () => {
    for (const url of ['https://lpse.contoh.go.id/eproc4/home', 'https://pengadaan.contoh.ac.id/home', 'http://127.0.0.1:9/home']) {
      expect(recognise(url, parse(NATIONAL_45)), url).toMatchObject({ isSpse: true, layout: 'national', version: '4.5u20250321', pageId: 'home' });
    }
  });

  it('a local page (noscript sentence, Bootstrap 3 shell) is local even on the national host', () => {
    expect(recognise('https://spse.inaproc.id/kemenkeu/home', sandboxDoc('/eproc4/home')).layout).toBe('local');
  });

  it('the footer may be a <footer> element; the version is read from it', () => {
    expect(isSpsePage(parse('<body><footer>Aplikasi SPSE v4.5u20250321</footer></body>'))).toBe(true);
    expect(recognise('https://x.ac.id/', parse('<body><footer>© 2026 Toko Online v4.5</footer></body>')).isSpse).toBe(false);
  });

  it('the national favicon counts with Play\'s authenticityToken; neither alone', () => {
    const fav = '<link rel="icon" href="/kemenkeu/public/images/global/inaproc.png">';
    expect(recognise('https://x.co.id/kemenkeu/login', parse(`<head>${fav}</head><body><form><input type="hidden" name="authenticityToken" value="t"></form></body>`))).toMatchObject({ isSpse: true, layout: 'national' });
    expect(recognise('https://x.co.id/kemenkeu/login', parse(`<head>${fav}</head><body><h1>Login</h1></body>`)).isSpse).toBe(false);
    expect(recognise('https://x.co.id/login', parse('<body><form><input type="hidden" name="authenticityToken" value="t"></form></body>')).isSpse).toBe(false);
  });

  it('version: the footer\'s SPSE version, or null', () => {
    expect(recognise(`${LOCAL}/eproc4/home`, sandboxDoc('/eproc4/home')).version).toMatch(/^4\.5u\d{8}$/);
    expect(recognise('https://akun.inaproc.id/verifikasi-akses', sandboxDoc('/akun/verifikasi-akses')).version).toBeNull();
    expect(recognise(`${LOCAL}/eproc4/home`, parse('<body><div id="footer">SPSE v4.3u20191009</div><h1>Beranda</h1></body>')).version).toBe('4.3u20191009');
  });
});
