import { describe, expect, it } from 'vitest';
import {
  detectLayout,
  explainRecognition,
  isSpsePage,
  normText,
  readPageFeatures,
  recognise,
  signatureScore,
  splitBase,
  versionFromFooter,
  type PageFeatures,
} from '../../../lib/spse/recognise';
import type { SiteProfile } from '../../../lib/spse/profile';
import { parse, sandboxDoc } from './helpers';

/**
 * What recognition reads from a page and how it weighs it, at the edges (mutation testing,
 * issue 19): the one-pass scan's caps and skips, the layout rules in their order, the footer
 * markers, URL splitting and the signature score's parts.
 */
const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');
const features = (body: string, head = '') => readPageFeatures(parse(`<html><head>${head}</head><body>${body}</body></html>`));

describe('normText', () => {
  it('lower case, no * or :, single spaces; nothing for null', () => {
    expect(normText('  User ID <span>*</span> :')).toBe('user id <span> </span>');
    expect(normText('  Nama  *:\n Lengkap ')).toBe('nama lengkap');
    expect(normText(null)).toBe('');
    expect(normText(undefined)).toBe('');
    expect(normText('')).toBe('');
  });
});

describe('the scan: headings', () => {
  it('h1–h6, legend and the heading classes, whole class names only; the title last', () => {
    const f = features(
      '<h1>Satu</h1><h6>Enam</h6><fieldset><legend>Data Pegawai</legend></fieldset>' +
        '<div class="x card-header y">Kartu</div><div class="panel-title">Panel</div><div class="page-header">Halaman</div><div class="box-title">Kotak</div><div class="card-title">Judul Kartu</div><div class="panel-heading">Kepala</div>' +
        '<div class="panel-headings">Bukan</div><div class="mypanel-heading">Bukan Juga</div><div class="card-header-x">Tidak</div>',
      '<title> Beranda </title>',
    );
    expect(f.headings).toEqual(['satu', 'enam', 'data pegawai', 'kartu', 'panel', 'halaman', 'kotak', 'judul kartu', 'kepala', 'beranda']);
  });

  it('keeps at most 60 headings of at most 120 characters', () => {
    expect(features(times(65, (i) => `<h2>Judul ${i}</h2>`)).headings).toHaveLength(60);
    const long = 'a'.repeat(120);
    expect(features(`<h2>${long}</h2><h2>${long}b</h2>`).headings).toEqual([long]);
  });
});

describe('the scan: labels, inputs, buttons, menus', () => {
  it('labels come from label, dt and th; at most 400', () => {
    expect([...features('<label>Nama :</label><dl><dt>NIP</dt><dd>1</dd></dl><table><tr><th>Jabatan</th><td>x</td></tr></table>').labels]).toEqual(['nama', 'nip', 'jabatan']);
    expect(features(times(410, (i) => `<label>L${i}</label>`)).labels.size).toBe(400);
  });

  it('input, select and textarea names; at most 500', () => {
    expect([...features('<input name="a"><input><select name="b"><option>x</option></select><textarea name="c"></textarea>').inputNames]).toEqual(['a', 'b', 'c']);
    expect(features(times(510, (i) => `<input name="i${i}">`)).inputNames.size).toBe(500);
    expect(features(times(510, (i) => `<select name="s${i}"></select>`)).inputNames.size).toBe(500);
  });

  it('buttons: submit and button inputs (any case), <button>, and links with the btn class; at most 100', () => {
    const f = features('<input type="SUBMIT" value="Simpan"><input type="button" value="Batal"><input type="text" value="Teks"><input value="Tanpa Tipe"><button>Kirim</button><a class="btn btn-primary">Tambah</a><a class="btn-link">Tautan</a><a>Biasa</a>');
    expect([...f.buttons]).toEqual(['simpan', 'batal', 'kirim', 'tambah']);
    expect(features(times(110, (i) => `<button>B${i}</button>`)).buttons.size).toBe(100);
  });

  it('menu texts: links inside nav, .nav, .navbar, .sidebar or #menu; at most 200', () => {
    const f = features(
      '<nav><a>Satu</a></nav><ul class="x nav"><li><a>Dua</a></li></ul><div class="navbar"><a>Tiga</a></div><div class="sidebar"><a>Empat</a></div><div id="menu"><a>Lima</a></div>' +
        '<div class="navigation"><a>Bukan</a></div><div class="nav-tabs"><a>Tab</a></div><a>Luar</a>',
    );
    expect([...f.menu]).toEqual(['satu', 'dua', 'tiga', 'empat', 'lima']);
    expect(features(`<nav>${times(210, (i) => `<a>M${i}</a>`)}</nav>`).menu.size).toBe(200);
  });

  it('reads the first 60 rows of a table body only', () => {
    const f = features(`<table><tbody>${times(70, (i) => `<tr><th>Baris ${i}</th></tr>`)}</tbody></table>`);
    expect(f.labels.size).toBe(60);
    expect(f.labels.has('baris 59')).toBe(true);
    expect(f.labels.has('baris 60')).toBe(false);
  });

  it('skips scripts, styles, option lists and drawings, even with a heading class', () => {
    const f = features(
      '<script class="card-title">var judul = 1</script><style class="card-title">.x{}</style>' +
        '<datalist><option class="card-title">Opsi</option><optgroup class="card-title" label="g"><option>Dalam Grup</option></optgroup></datalist>' +
        '<svg><g class="card-title"><text>Gambar</text></g></svg><canvas class="card-title"><h2>Kanvas</h2></canvas><h2>Nyata</h2>',
    );
    expect(f.headings).toEqual(['nyata']);
  });
});

describe('SPSE markers and the layout', () => {
  const NOSCRIPT = '<noscript>Untuk tampilan aplikasi SPSE yang lebih baik, aktifkan JavaScript</noscript>';
  const FAVICON = '<link rel="shortcut icon" href="/lkpp/public/images/global/inaproc.png">';
  const BS4 = '<link rel="stylesheet" href="/public/vendor/bootstrap@4.6.2/dist/css/bootstrap.min.css">';
  const BS3 = '<link rel="stylesheet" href="/public/bootstrap/3.3.7/css/bootstrap.css">';
  const TABS = '<ul class="nav nav-tabs"><li><a>Tab</a></li></ul>';
  const BGWARNING = '<table><tr><th class="bgwarning">Nama</th></tr></table>';
  const layout = (head: string, body: string, url?: string) => detectLayout(parse(`<html><head>${head}</head><body>${body}</body></html>`), url);

  it('the page decides, in order: account site, national favicon, Bootstrap 4 with national tables or tabs, local markers', () => {
    expect(layout('<title>Manajemen Akun Terpusat</title>' + FAVICON, NOSCRIPT)).toBe('akun');
    expect(layout('', '<nav>Manajemen Akun Terpusat</nav>' + NOSCRIPT)).toBe('akun');
    expect(layout(FAVICON, NOSCRIPT)).toBe('national');
    expect(layout(BS4, BGWARNING + NOSCRIPT)).toBe('national');
    expect(layout(BS4, TABS + NOSCRIPT)).toBe('national');
    expect(layout(BS4, NOSCRIPT)).toBe('local');
    expect(layout(BS3, '')).toBe('local');
    expect(layout('', '<div id="headerContent"></div>')).toBe('local');
    expect(layout('', '<div class="panel panel-primary"></div>')).toBe('local');
    expect(layout('', '<nav class="navbar navbar-custom"></nav>')).toBe('local');
    expect(layout(BS3, TABS + BGWARNING)).toBe('local');
    expect(layout('', TABS + BGWARNING)).toBe('national');
  });

  it('without page markers: the host, then the base; else nothing', () => {
    expect(layout(BS4, '')).toBeNull();
    expect(layout('', TABS)).toBeNull();
    expect(layout('', BGWARNING)).toBeNull();
    expect(layout('<link rel="stylesheet" href="/inaproc.png">', '')).toBeNull();
    expect(layout('', '', 'https://akun.inaproc.id/x')).toBe('akun');
    expect(layout('', '', 'https://spse.inaproc.id/kemenkeu/home')).toBe('national');
    expect(layout('', '', 'https://x.go.id/eproc4/home')).toBe('local');
    expect(layout('', '', 'https://x.go.id/eproc/home')).toBe('local');
    expect(layout('', '', 'https://x.go.id/home')).toBeNull();
  });

  it('the first Bootstrap link decides the generation', () => {
    expect(layout(BS3 + BS4, TABS)).toBe('local');
    expect(layout(BS4 + BS3, TABS)).toBe('national');
    expect(layout('<link rel="stylesheet" href="/css/bootstrap-v4.6.min.css">', TABS)).toBe('national');
  });

  it('the favicon needs rel=icon, and with it Play’s token or the national tables', () => {
    const spse = (head: string, body: string) => isSpsePage(parse(`<html><head>${head}</head><body>${body}</body></html>`));
    expect(spse(FAVICON, BGWARNING)).toBe(true);
    expect(spse(FAVICON, '<form><input type="hidden" name="authenticityToken"></form>')).toBe(true);
    expect(spse('<link rel="stylesheet" href="/lkpp/public/images/global/inaproc.png">', BGWARNING)).toBe(false);
    expect(spse(FAVICON, '')).toBe(false);
    expect(spse('', BGWARNING)).toBe(false);
    expect(spse('', '<noscript>Aktifkan JavaScript</noscript>')).toBe(false);
    expect(spse('', NOSCRIPT)).toBe(true);
  });

  it('the central account site’s name alone marks SPSE', () => {
    expect(isSpsePage(parse('<html><head><title>Manajemen Akun Terpusat</title></head><body></body></html>'))).toBe(true);
    expect(isSpsePage(parse('<html><head><title>Manajemen Akun</title></head><body></body></html>'))).toBe(false);
  });

  it('a broken document is not SPSE and has no layout; it never throws', () => {
    const broken = { documentElement: {}, getElementById: () => { throw new Error('rusak'); } } as unknown as Document;
    expect(isSpsePage(broken)).toBe(false);
    expect(detectLayout(null as unknown as Document)).toBeNull();
    const empty = parse('').implementation.createDocument(null, null);
    expect(readPageFeatures(empty)).toEqual({ headings: [], labels: new Set(), inputNames: new Set(), menu: new Set(), buttons: new Set() });
  });

  it('a footer is SPSE by its version, or by LKPP with its full name', () => {
    const spse = (footer: string) => isSpsePage(parse(`<body><div id="footer">${footer}</div></body>`));
    expect(spse('Aplikasi SPSE 4.5')).toBe(true);
    expect(spse('LKPP')).toBe(false);
    expect(spse('Lembaga Kebijakan Pengadaan Barang/Jasa')).toBe(false);
    expect(spse('Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)')).toBe(true);
  });

  it('reads at most 2,000 characters of <footer> elements and 4,000 of the whole footer text', () => {
    const filler = 'x'.repeat(2100);
    expect(isSpsePage(parse(`<body><footer>${filler}</footer><footer>SPSE v4.5</footer></body>`))).toBe(false);
    expect(isSpsePage(parse(`<body><footer>${filler} SPSE v4.5</footer></body>`))).toBe(false);
    expect(isSpsePage(parse(`<body><footer>${'x'.repeat(1900)}</footer><footer>SPSE v4.5</footer></body>`))).toBe(true);
    expect(isSpsePage(parse(`<body><div id="footer">${'x'.repeat(4100)} SPSE v4.5</div></body>`))).toBe(false);
    expect(isSpsePage(parse(`<body><div id="footer">${'x'.repeat(3900)} SPSE v4.5</div></body>`))).toBe(true);
    // Each <footer> adds a space and its text: after 1 + 1,999 characters the budget is spent.
    expect(isSpsePage(parse(`<body><footer>${'x'.repeat(1999)}</footer><footer>SPSE v4.5</footer></body>`))).toBe(false);
    expect(isSpsePage(parse(`<body><footer>${'x'.repeat(1998)}</footer><footer>SPSE v4.5</footer></body>`))).toBe(true);
  });

  it('the version, in lower case', () => {
    expect(versionFromFooter('Aplikasi SPSE V4.5U20250321')).toBe('4.5u20250321');
    expect(versionFromFooter('SPSE 4.3.1')).toBe('4.3.1');
    expect(versionFromFooter('spse v4.5u2025')).toBe('4.5');
    expect(versionFromFooter('Toko v4.5')).toBeNull();
  });
});

describe('splitBase, more shapes', () => {
  const cases: [string, string, string][] = [
    ['https://spse.inaproc.id/', '', '/'],
    ['https://spse.inaproc.id/-x/home', '', '/-x/home'],
    ['https://x.go.id/eproc4/admin%20baru/x', '/eproc4', '/admin baru/x'],
    ['https://x.go.id/eproc4/%E0%A4%A/home', '/eproc4', '/%E0%A4%A/home'],
    ['https://x.go.id/Kota/Admin/pegawai', '/Kota', '/Admin/pegawai'],
    ['https://x.go.id/kota', '', '/kota'],
    ['https://x.go.id/kota/tidak/dikenal', '', '/kota/tidak/dikenal'],
    ['https://x.go.id/-kota/admin', '', '/-kota/admin'],
    [`https://x.go.id/${'a'.repeat(41)}/admin`, `/${'a'.repeat(41)}`, '/admin'],
    [`https://x.go.id/${'a'.repeat(42)}/admin`, '', `/${'a'.repeat(42)}/admin`],
    ['https://akun.inaproc.id/eproc4/x', '/eproc4', '/x'],
    ['https://akun.inaproc.id/kota/admin', '', '/kota/admin'],
    ['/lkpp/admin/auditor', '/lkpp', '/admin/auditor'],
    ['//', '', '/'],
    ['https://x.go.id/kota!/admin', '', '/kota!/admin'],
    ['https://x.go.id/kab_x-y/admin', '/kab_x-y', '/admin'],
    // /eproc and a national slug are bases whatever follows them.
    ['https://x.go.id/eproc/tidak-dikenal', '/eproc', '/tidak-dikenal'],
    ['https://spse.inaproc.id/kemenkeu/tidak-dikenal', '/kemenkeu', '/tidak-dikenal'],
  ];
  for (const [url, base, rest] of cases) it(url, () => expect(splitBase(url)).toEqual({ base, rest }));

  // A known first path segment of SPSE is never taken for an installation's base.
  const TOP = ['login', 'logout', 'home', 'lelang', 'nontender', 'evaluasi', 'publik', 'pengumuman', 'dt', 'jadwal', 'public', 'admin', 'pegawai', 'panitia', 'satker', 'agency', 'paket', 'rekanan', 'verifikasi', 'profil', 'akses'];
  for (const top of TOP) {
    it(`/${top}/… is SPSE's own path`, () => expect(splitBase(`https://x.go.id/${top}/admin/x`)).toEqual({ base: '', rest: `/${top}/admin/x` }));
  }
});

describe('URL matching and the central hosts', () => {
  it('a page of the installations does not match on the central account host', () => {
    const home = sandboxDoc('/eproc4/home');
    const urlMatchOf = (url: string) => explainRecognition(url, home).candidates.find((c) => c.pageId === 'home')?.urlMatch;
    expect(urlMatchOf('https://x.go.id/eproc4/home')).toBe(true);
    expect(urlMatchOf('https://akun.inaproc.id/home')).toBe(false);
  });

  it('the national host counts as SPSE without page markers', () => {
    const bare = parse('<html><head><title>Beranda</title></head><body><h1>Beranda</h1></body></html>');
    expect(recognise('https://spse.inaproc.id/kemenkeu/home', bare)).toMatchObject({ isSpse: true, layout: 'national' });
    expect(recognise('https://contoh.go.id/kemenkeu/home', bare).isSpse).toBe(false);
  });

  it('an account-site page matches its URL on any host when the page is the account site', () => {
    const akun = sandboxDoc('/akun/verifikasi-akses');
    const approval = (url: string, doc: Document) => explainRecognition(url, doc).candidates.find((c) => c.pageId === 'role-access-approval')?.urlMatch;
    expect(approval('http://127.0.0.1:8080/verifikasi-akses', akun)).toBe(true);
    // A local page at the same path on another host is not the account site's page.
    const local = parse('<html><body><noscript>Untuk tampilan aplikasi SPSE</noscript><h3>Verifikasi Akses Instansi</h3></body></html>');
    expect(approval('https://x.go.id/verifikasi-akses', local)).toBe(false);
    // On the account host itself the URL matches whatever the page looks like.
    expect(approval('https://akun.inaproc.id/verifikasi-akses', local)).toBe(true);
  });

  it('a URL whose text cannot be read, or a broken document: unknown, never a throw', () => {
    const badUrl = { toString: () => { throw new Error('rusak'); } } as unknown as string;
    expect(recognise(badUrl, sandboxDoc('/eproc4/home'))).toMatchObject({ pageId: 'unknown', base: '', rest: '/', isSpse: false });
    const broken = { documentElement: {}, title: 'Beranda', getElementById: () => { throw new Error('rusak'); } } as unknown as Document;
    expect(explainRecognition('https://x.go.id/eproc4/home', broken)).toEqual({
      match: { pageId: 'unknown', confidence: 0, role: null, base: '/eproc4', rest: '/home', layout: null, isSpse: false, source: null, version: null },
      candidates: [],
    });
  });

  it('a page that is not SPSE lists no candidates', () => {
    expect(explainRecognition('https://blog.example.com/home', parse('<h1>Beranda</h1>')).candidates).toEqual([]);
  });

  it('a confidence of exactly 0.5 is enough', () => {
    // Heading (3) and label (2) found, input name (2) and menu (1) missing: DOM 5/8; on a URL the
    // taught page does not know, 0.8 × 5/8 = 0.5.
    const doc = parse('<html><body><noscript>Untuk tampilan aplikasi SPSE</noscript><h2>Daftar Khusus Kami</h2><label>Kode Khusus</label></body></html>');
    const taught = { format: 'pandu-site-profile', version: 1, host: 'lpse.x.go.id', pages: [{ pageId: 'khusus', title: 'Khusus', urlPattern: '/khusus', signature: { headings: ['Daftar Khusus Kami'], labels: ['Kode Khusus'], inputNames: ['kode'], menuText: ['Menu Khusus'] }, fields: {} }] } as unknown as SiteProfile;
    expect(recognise('https://lpse.x.go.id/eproc4/lain', doc, [taught])).toMatchObject({ pageId: 'khusus', confidence: 0.5 });
  });

  it('a document without a root element is no SPSE page, even on a central host', () => {
    const rootless = parse('').implementation.createDocument(null, null);
    expect(recognise('https://akun.inaproc.id/verifikasi-akses/1', rootless)).toMatchObject({ pageId: 'unknown', isSpse: false, layout: null });
  });
});


describe('the signature score', () => {
  const f = (over: Partial<PageFeatures>): PageFeatures => ({ headings: [], labels: new Set(), inputNames: new Set(), menu: new Set(), buttons: new Set(), ...over });

  it('an exact heading scores 1; a heading of two words or more inside another, as whole words, 0.8', () => {
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['tambah auditor'] }))).toBe(1);
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['form tambah auditor baru'] }))).toBeCloseTo(0.8, 10);
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['tambah auditor baru'] }))).toBeCloseTo(0.8, 10);
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['form tambah auditor'] }))).toBeCloseTo(0.8, 10);
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['xtambah auditor'] }))).toBe(0);
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['tambah auditors'] }))).toBe(0);
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['tambah auditor1 x'] }))).toBe(0);
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['x 9tambah auditor'] }))).toBe(0);
    // One word is never partial.
    expect(signatureScore({ headings: ['Auditor'] }, f({ headings: ['daftar auditor'] }))).toBe(0);
    // An exact heading later in the list still wins over an earlier partial one.
    expect(signatureScore({ headings: ['Tambah Auditor', 'Auditor'] }, f({ headings: ['form tambah auditor', 'auditor'] }))).toBe(1);
    expect(signatureScore({ headings: ['Tambah Auditor'] }, f({ headings: ['form tambah auditor', 'tambah auditor'] }))).toBe(1);
  });

  it('weights: heading 3, input names 2, labels 2, menu 1, buttons 1, over the parts the signature has', () => {
    const sig = { headings: ['Judul'], inputNames: ['a', 'b'], labels: ['Nama', 'NIP'], menuText: ['Beranda'], buttons: ['Simpan', 'Batal'] };
    expect(signatureScore(sig, f({ headings: ['judul'] }))).toBeCloseTo(3 / 9, 10);
    expect(signatureScore(sig, f({ inputNames: new Set(['a']) }))).toBeCloseTo(1 / 9, 10);
    expect(signatureScore(sig, f({ labels: new Set(['nip']) }))).toBeCloseTo(1 / 9, 10);
    expect(signatureScore(sig, f({ menu: new Set(['beranda']) }))).toBeCloseTo(1 / 9, 10);
    expect(signatureScore(sig, f({ buttons: new Set(['batal']) }))).toBeCloseTo(0.5 / 9, 10);
    expect(signatureScore({ headings: ['Judul'], labels: [], inputNames: [] }, f({ headings: ['judul'] }))).toBe(1);
    expect(signatureScore({ headings: ['Judul'], buttons: ['Simpan'] }, f({ headings: ['judul'], buttons: new Set(['simpan']) }))).toBe(1);
  });

  it('an input name counts 1 exactly, 0.8 by its column (map-style or prefixed names)', () => {
    const sig = { headings: ['X'], inputNames: ['pegawai.peg_nip'] };
    expect(signatureScore(sig, f({ inputNames: new Set(['pegawai.peg_nip']) }))).toBeCloseTo(2 / 5, 10);
    expect(signatureScore(sig, f({ inputNames: new Set(['pegawai[peg_nip]']) }))).toBeCloseTo(1.6 / 5, 10);
    expect(signatureScore(sig, f({ inputNames: new Set(['PEG_NIP']) }))).toBeCloseTo(1.6 / 5, 10);
    expect(signatureScore(sig, f({ inputNames: new Set(['peg_nipx']) }))).toBe(0);
    expect(signatureScore({ headings: ['X'], inputNames: ['nip'] }, f({ inputNames: new Set(['NIP']) }))).toBeCloseTo(1.6 / 5, 10);
    expect(signatureScore({ headings: ['X'], inputNames: ['nip'] }, f({ inputNames: new Set(['peg_nip']) }))).toBe(0);
  });

  it('the column is the last underscore name, whole: first part, every part', () => {
    const sig = { headings: ['X'], inputNames: ['user_x.peg_nama'] };
    // The last column counts, not the first underscore name in the input name.
    expect(signatureScore(sig, f({ inputNames: new Set(['form.peg_nama']) }))).toBeCloseTo(1.6 / 5, 10);
    // The whole first part of the column: peg_nama and leg_nama are different columns.
    expect(signatureScore({ headings: ['X'], inputNames: ['x.peg_nama'] }, f({ inputNames: new Set(['y.leg_nama']) }))).toBe(0);
    // Every underscore part: aa_bb_cc and zz_bb_cc are different columns.
    expect(signatureScore({ headings: ['X'], inputNames: ['x.aa_bb_cc'] }, f({ inputNames: new Set(['y.zz_bb_cc']) }))).toBe(0);
  });
});

describe('taught profiles', () => {
  const form = '<html><head><title>Satker</title></head><body><noscript>Untuk tampilan aplikasi SPSE</noscript><h2>Tambah Satuan Kerja</h2><input name="satker.stk_nama"></body></html>';
  const profile = (host: string, role?: 'admin-ppe'): SiteProfile =>
    ({ format: 'pandu-site-profile', version: 1, host, pages: [{ pageId: 'satker-form', title: 'Satker', ...(role ? { role } : {}), urlPattern: '/admin/satker/baru', signature: { headings: ['Tambah Satuan Kerja'] }, fields: {} }] }) as unknown as SiteProfile;

  it('apply on their host, with or without the port', () => {
    for (const host of ['lpse.x.go.id', 'lpse.x.go.id:8443']) {
      const m = recognise('https://lpse.x.go.id:8443/eproc4/admin/satker/baru', parse(form), [profile(host, 'admin-ppe')]);
      expect(m, host).toMatchObject({ pageId: 'satker-form', source: 'profile', role: 'admin-ppe', confidence: 1 });
    }
    expect(recognise('https://lpse.y.go.id/eproc4/admin/satker/baru', parse(form), [profile('lpse.x.go.id', 'admin-ppe')]).pageId).toBe('unknown');
    // A URL that is not one: no profile applies, and the page is still read.
    expect(recognise('not a url', parse(form), [profile('lpse.x.go.id', 'admin-ppe')])).toMatchObject({ isSpse: true, source: null });
  });

  it('a taught URL counts as known: 0.6 + 0.4 × DOM', () => {
    // Heading found (3), input name missing (2): DOM 3/5, confidence 0.6 + 0.4 × 0.6 = 0.84.
    const p = profile('lpse.x.go.id', 'admin-ppe');
    const page = { ...p.pages[0], signature: { headings: ['Tambah Satuan Kerja'], inputNames: ['satker.stk_alamat'] } };
    expect(recognise('https://lpse.x.go.id/eproc4/admin/satker/baru', parse(form), [{ ...p, pages: [page] }]).confidence).toBe(0.84);
  });

  it('a taught page without a role takes the built-in page’s role, else any', () => {
    expect(recognise('https://lpse.x.go.id/eproc4/admin/satker/baru', parse(form), [profile('lpse.x.go.id')]).role).toBe('any');
    const auditor = sandboxDoc('/eproc4/admin/auditor/baru');
    const taught = { format: 'pandu-site-profile', version: 1, host: 'lpse.x.go.id', pages: [{ pageId: 'auditor-form', title: 'Auditor', urlPattern: '/apip/tambah', signature: { headings: ['Tambah Auditor'] }, fields: {} }] } as unknown as SiteProfile;
    const m = recognise('https://lpse.x.go.id/eproc4/apip/tambah', auditor, [taught]);
    expect(m).toMatchObject({ pageId: 'auditor-form', source: 'profile', role: recognise('https://lpse.x.go.id/eproc4/admin/auditor/baru', auditor).role });
    // The taught page replaces the built-in one of the same id: it is listed once.
    expect(explainRecognition('https://lpse.x.go.id/eproc4/apip/tambah', auditor, [taught]).candidates.filter((c) => c.pageId === 'auditor-form')).toHaveLength(1);
  });
});
