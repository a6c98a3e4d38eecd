/**
 * Page shells of the sandbox: the local SPSE 4.x layout (Bootstrap 3 look), the national
 * spse.inaproc.id layout (Bootstrap 4.6 look) and the central akun.inaproc.id layout.
 * All CSS and scripts are inline; nothing is loaded from a CDN.
 */
import { guess, html, raw, type Html } from './html';

export type Layout = 'local' | 'national' | 'akun';
export type MenuRole = 'admin-ppe' | 'admin-agency' | 'verifikator' | 'public';

export type Ctx = {
  /** Path prefix: `/eproc4`, `/eproc`, `/<slug>` or `/akun`. */
  base: string;
  layout: Layout;
  /** Served at the host's root (`/login`, `/admin/...`): some LPSEs run SPSE without `/eproc4`. */
  root?: boolean;
  /** `?variant=2` reorders menus and form fields, drops input ids (recognition tests). */
  variant: number;
  query: URLSearchParams;
  token: string;
  flash?: string;
};

/**
 * Footer version lines. National: "Aplikasi SPSE v4.5u20250321", as on captured pages of
 * spse.inaproc.id/nasional (public scraper fixtures, MIT; see /work/shared/spse-reference.md).
 * Local: the `SPSE v4.xu<date>` form of local footers (e.g. "SPSE v4.3u20191009").
 */
export const FOOTER_VERSION: Record<Layout, string> = {
  local: 'SPSE v4.5u20240101',
  national: 'Aplikasi SPSE v4.5u20250321',
  akun: 'Manajemen Akun Terpusat v1.2',
};

/** Bootstrap on national pages: `bootstrap@4.6.2` (captured national pages); served by the sandbox as an empty file. */
export const NATIONAL_BOOTSTRAP = 'bootstrap@4.6.2';

const COPYRIGHT = '© 2006-2026 Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)';

const MENUS: Record<MenuRole, [string, string][]> = {
  'admin-ppe': [
    ['Beranda', '/home'],
    ['Admin Agency', '/admin/adminagency'],
    ['Verifikator', '/admin/verifikator'],
    ['Helpdesk', '/admin/helpdesk'],
    ['Auditor', '/admin/auditor'],
    ['Satuan Kerja', '/admin/satker'],
    ['Log Akses', '/admin/bigtable?rows=200'],
    ['Ganti Password', '#'],
  ],
  // Known from the 3.x Admin Agency menu: Home, Identitas, Agency, Satuan Kerja, Paket, Pegawai, Panitia, Log Akses, Ganti Password.
  'admin-agency': [
    ['Beranda', '/home?role=agency'],
    ['Identitas', '#'],
    ['Agency', '#'],
    ['Satuan Kerja', '/admin/satker'],
    ['Paket', '#'],
    ['Pegawai', '/pegawai'],
    ['Panitia', '#'],
    // "Catatan/Log Akses": the 3.x Admin Agency menu item as an LPSE's public guide names it.
    ['Catatan/Log Akses', '#'],
    ['Ganti Password', '#'],
  ],
  verifikator: [
    ['Beranda', '/home?role=verifikator'],
    ['Verifikasi Penyedia', '/rekanan/verifikasi'],
    ['Daftar Penyedia', '#'],
    ['Ganti Password', '#'],
  ],
  public: [
    ['Beranda', '/'],
    ['Cari Paket', '/lelang'],
    ['Regulasi', '#'],
    ['Kontak Kami', '/publik/tentangkami'],
  ],
};

function menuItems(ctx: Ctx, role: MenuRole): [string, string][] {
  const items = MENUS[role].map(([label, href]): [string, string] => [label, href === '#' ? '#' : ctx.base + href]);
  if (ctx.variant === 2) items.reverse();
  items.push(role === 'public' ? ['Login', ctx.base + '/login'] : ['Logout', ctx.base + '/login']);
  return items;
}

const LOCAL_CSS = `
*{box-sizing:border-box}body{margin:0;font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.42857;color:#333;background:#eee}
a{color:#337ab7;text-decoration:none}a:hover{text-decoration:underline}
#header{background:#fff;border-bottom:3px solid #d9534f}#headerContent{max-width:1170px;margin:0 auto;padding:10px 15px;display:flex;align-items:center;gap:12px}
#headerContent .logo{width:48px;height:48px;border-radius:50%;background:#c9302c;color:#fff;font-weight:bold;display:flex;align-items:center;justify-content:center}
#headerContent h1{font-size:20px;margin:0}#headerContent small{color:#777}
.navbar{min-height:40px;margin-bottom:20px;border:1px solid transparent}.navbar-custom{background:#2c3e50;border-color:#1a252f}
.navbar .container{max-width:1170px;margin:0 auto}.nav{list-style:none;margin:0;padding:0}.navbar-nav{display:flex;flex-wrap:wrap}
.navbar-nav>li>a{display:block;padding:10px 15px;color:#ecf0f1}.navbar-nav>li.active>a{background:#1a252f}
.container{max-width:1170px;margin:0 auto;padding:0 15px}.content{background:#fff;padding:15px;min-height:300px}
.panel{margin-bottom:20px;background:#fff;border:1px solid transparent;border-radius:4px;box-shadow:0 1px 1px rgba(0,0,0,.05)}
.panel-primary{border-color:#337ab7}.panel-primary>.panel-heading{color:#fff;background:#337ab7;border-color:#337ab7}
.panel-heading{padding:10px 15px;border-bottom:1px solid transparent;border-radius:3px 3px 0 0;font-weight:bold}.panel-body{padding:15px}
.form-group{margin-bottom:12px;display:flex;flex-wrap:wrap;align-items:center}.control-label{font-weight:bold;text-align:right;padding-right:15px}
.col-sm-3{width:25%}.col-sm-9{width:75%}.col-sm-offset-3{margin-left:25%}
.form-control{display:block;width:100%;height:34px;padding:6px 12px;font-size:14px;border:1px solid #ccc;border-radius:4px}
textarea.form-control{height:auto}.checkbox-inline{margin-right:15px;font-weight:normal}
.btn{display:inline-block;padding:6px 12px;font-size:14px;border:1px solid transparent;border-radius:4px;cursor:pointer}
.btn-primary{color:#fff;background:#337ab7;border-color:#2e6da4}.btn-default{color:#333;background:#fff;border-color:#ccc}
.btn-success{color:#fff;background:#5cb85c}.btn-danger{color:#fff;background:#d9534f}.btn-sm{padding:5px 10px;font-size:12px}
.alert{padding:15px;margin-bottom:20px;border:1px solid transparent;border-radius:4px}.alert-danger{color:#a94442;background:#f2dede;border-color:#ebccd1}
.alert-success{color:#3c763d;background:#dff0d8;border-color:#d6e9c6}.alert ul{margin:0;padding-left:18px}
.table{width:100%;max-width:100%;margin-bottom:20px;border-collapse:collapse}.table>thead>tr>th,.table>tbody>tr>td{padding:8px;border-top:1px solid #ddd;text-align:left}
.table-striped>tbody>tr:nth-of-type(odd){background:#f9f9f9}.table-bordered td,.table-bordered th{border:1px solid #ddd}
.label{display:inline;padding:.2em .6em;font-size:75%;font-weight:bold;color:#fff;border-radius:.25em}.label-warning{background:#f0ad4e}.label-success{background:#5cb85c}.label-danger{background:#d9534f}
.required{color:#d9534f}.help-block{display:block;margin-top:5px;color:#737373;font-size:12px}
#footer{text-align:center;color:#777;padding:20px 0;font-size:12px}
`;

const NATIONAL_CSS = `
*{box-sizing:border-box}body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.5;color:#212529;background:#f4f6f9}
a{color:#007bff;text-decoration:none}.navbar{position:relative;display:flex;align-items:center;justify-content:space-between;padding:.5rem 1rem}
.navbar-dark{background:#8b0000}.navbar-brand{color:#fff;font-size:1.25rem;font-weight:600}.navbar-text{color:rgba(255,255,255,.8)}
.container{width:100%;max-width:1140px;margin:0 auto;padding:0 15px}.nav{display:flex;flex-wrap:wrap;padding-left:0;margin:0;list-style:none}
.nav-tabs{border-bottom:1px solid #dee2e6;background:#fff;margin-top:1rem}.nav-tabs .nav-link{display:block;padding:.5rem 1rem;border:1px solid transparent;border-top-left-radius:.25rem;border-top-right-radius:.25rem}
.nav-tabs .nav-link.active{color:#495057;background:#fff;border-color:#dee2e6 #dee2e6 #fff}
.content{background:#fff;padding:1rem;border:1px solid #dee2e6;border-top:0;min-height:300px}
.card{position:relative;display:flex;flex-direction:column;background:#fff;border:1px solid rgba(0,0,0,.125);border-radius:.25rem;margin-bottom:1rem}
.card-header{padding:.75rem 1.25rem;background:rgba(0,0,0,.03);border-bottom:1px solid rgba(0,0,0,.125);font-weight:600}.card-body{padding:1.25rem}
.table{width:100%;margin-bottom:1rem;color:#212529;border-collapse:collapse}.table td,.table th{padding:.75rem;vertical-align:top;border-top:1px solid #dee2e6;text-align:left}
.table-sm td,.table-sm th{padding:.3rem}.bgwarning{background:#fff3cd;width:25%}.table-bordered td,.table-bordered th{border:1px solid #dee2e6}
.form-control{display:block;width:100%;height:calc(1.5em + .75rem + 2px);padding:.375rem .75rem;font-size:1rem;border:1px solid #ced4da;border-radius:.25rem}
.form-control-sm{height:calc(1.5em + .5rem + 2px);padding:.25rem .5rem;font-size:.875rem}textarea.form-control{height:auto}
.form-check-inline{display:inline-flex;align-items:center;margin-right:.75rem}
.btn{display:inline-block;font-weight:400;text-align:center;border:1px solid transparent;padding:.375rem .75rem;font-size:1rem;border-radius:.25rem;cursor:pointer}
.btn-primary{color:#fff;background:#007bff}.btn-secondary{color:#fff;background:#6c757d}.btn-success{color:#fff;background:#28a745}.btn-danger{color:#fff;background:#dc3545}.btn-sm{padding:.25rem .5rem;font-size:.875rem}
.alert{position:relative;padding:.75rem 1.25rem;margin-bottom:1rem;border:1px solid transparent;border-radius:.25rem}.alert-danger{color:#721c24;background:#f8d7da}.alert-success{color:#155724;background:#d4edda}
.badge{display:inline-block;padding:.25em .4em;font-size:75%;font-weight:700;border-radius:.25rem}.badge-warning{background:#ffc107}.badge-success{color:#fff;background:#28a745}.badge-danger{color:#fff;background:#dc3545}
.text-danger{color:#dc3545}.small{font-size:80%}
#footer{text-align:center;color:#6c757d;padding:1.5rem 0;font-size:.8rem}
`;

const AKUN_CSS = NATIONAL_CSS + `
.navbar-dark{background:#0b3d91}.sidebar{width:220px;background:#fff;border-right:1px solid #dee2e6;min-height:400px;padding:1rem 0}
.sidebar a{display:block;padding:.5rem 1rem;color:#333}.sidebar a.active{background:#e7f1ff;color:#0b3d91;font-weight:600}
.layout{display:flex;gap:1rem;margin-top:1rem}.layout main{flex:1}dl.row{display:grid;grid-template-columns:35% 65%;margin:0}dl.row dt{font-weight:600;padding:.3rem 0}dl.row dd{margin:0;padding:.3rem 0}
`;

/**
 * Counts input/change events into a hidden div so tests can prove the page saw them.
 * Listens on window in the capture phase and re-creates its div if something removed it,
 * so an extension's panel or observers cannot break it.
 */
const EVENT_COUNTER_JS = `
(function(){
  var counts = { input: 0, change: 0 }, perField = {};
  function logEl(){
    var el = document.getElementById('sandbox-event-log');
    if (!el) { el = document.createElement('div'); el.id = 'sandbox-event-log'; el.hidden = true; (document.body || document.documentElement).appendChild(el); }
    return el;
  }
  function record(e){
    var t = e.target; if (!t || !t.getAttribute) return;
    var key = t.getAttribute('name') || t.id; if (!key) return;
    counts[e.type]++;
    var f = perField[key] || (perField[key] = { input: 0, change: 0 }); f[e.type]++;
    var el = logEl();
    el.setAttribute('data-input-count', String(counts.input));
    el.setAttribute('data-change-count', String(counts.change));
    el.setAttribute('data-last-event', e.type + ':' + key);
    el.textContent = JSON.stringify(perField);
  }
  window.addEventListener('input', record, true);
  window.addEventListener('change', record, true);
})();
`;

/**
 * A small stand-in for bootstrap-datepicker: a dropdown calendar on focus; typing or a
 * programmatic value + input/change event updates its selected date (format dd-mm-yyyy).
 */
const DATEPICKER_JS = `
(function(){
  function parse(v){ var m = /^(\\d{2})-(\\d{2})-(\\d{4})$/.exec((v||'').trim()); if(!m) return null; var d = new Date(+m[3], +m[2]-1, +m[1]); return d.getDate() === +m[1] && d.getMonth() === +m[2]-1 ? d : null; }
  function pad(n){ return (n < 10 ? '0' : '') + n; }
  function fmt(d){ return pad(d.getDate()) + '-' + pad(d.getMonth()+1) + '-' + d.getFullYear(); }
  function picker(input){
    var p = input._sandboxPicker; if (p) return p;
    p = document.createElement('div'); p.className = 'datepicker datepicker-dropdown dropdown-menu';
    p.style.cssText = 'position:absolute;display:none;background:#fff;border:1px solid #ccc;padding:6px;z-index:1000;font-size:12px';
    document.body.appendChild(p); input._sandboxPicker = p; return p;
  }
  function draw(input){
    var p = picker(input), sel = parse(input.value), view = sel || new Date();
    var first = new Date(view.getFullYear(), view.getMonth(), 1), days = new Date(view.getFullYear(), view.getMonth()+1, 0).getDate();
    var h = '<div class="datepicker-switch" style="font-weight:bold;text-align:center">' + pad(view.getMonth()+1) + '-' + view.getFullYear() + '</div><table class="table-condensed"><tr>';
    for (var i = 0; i < first.getDay(); i++) h += '<td></td>';
    for (var d = 1; d <= days; d++) { var on = sel && sel.getDate() === d; h += '<td class="day' + (on ? ' active' : '') + '" data-day="' + d + '" style="cursor:pointer;padding:2px 4px;' + (on ? 'background:#337ab7;color:#fff' : '') + '">' + d + '</td>'; if ((first.getDay() + d) % 7 === 0) h += '</tr><tr>'; }
    p.innerHTML = h + '</tr></table>';
    p.setAttribute('data-selected', sel ? fmt(sel) : '');
    p.onmousedown = function(ev){ var t = ev.target; if (!t || !t.getAttribute || !t.getAttribute('data-day')) return; ev.preventDefault();
      input.value = fmt(new Date(view.getFullYear(), view.getMonth(), +t.getAttribute('data-day')));
      input.dispatchEvent(new Event('input', { bubbles: true })); input.dispatchEvent(new Event('change', { bubbles: true })); p.style.display = 'none'; };
    input.setAttribute('data-date-valid', input.value === '' ? '' : (sel ? 'true' : 'false'));
  }
  function isDate(t){ return t && t.matches && t.matches('input[data-provide="datepicker"]'); }
  document.addEventListener('focusin', function(e){ if (!isDate(e.target)) return; var r = e.target.getBoundingClientRect(); var p = picker(e.target); draw(e.target);
    p.style.left = (r.left + window.scrollX) + 'px'; p.style.top = (r.bottom + window.scrollY) + 'px'; p.style.display = 'block'; });
  document.addEventListener('focusout', function(e){ if (!isDate(e.target)) return; var p = e.target._sandboxPicker; if (p) setTimeout(function(){ p.style.display = 'none'; }, 150); });
  document.addEventListener('input', function(e){ if (isDate(e.target)) draw(e.target); }, true);
  document.addEventListener('change', function(e){ if (isDate(e.target)) draw(e.target); }, true);
  document.addEventListener('keyup', function(e){ if (isDate(e.target)) draw(e.target); }, true);
})();
`;

const NOSCRIPT = 'Untuk tampilan aplikasi SPSE yang lebih baik, aktifkan JavaScript pada browser Anda.';

export type PageSpec = {
  title: string;
  menu: MenuRole;
  /** Label of the active menu item. */
  active?: string;
  body: Html;
};

function menu(ctx: Ctx, spec: PageSpec): Html {
  const items = menuItems(ctx, spec.menu);
  if (ctx.layout === 'local') {
    return html`<nav class="navbar navbar-custom" role="navigation">
  <div class="container"><ul class="nav navbar-nav">
${items.map(([label, href]) => html`    <li class="${label === spec.active ? 'active' : ''}"><a href="${href}">${label}</a></li>\n`)}  </ul></div>
</nav>`;
  }
  return html`<ul class="nav nav-tabs">
${items.map(([label, href]) => html`  <li class="nav-item"><a class="nav-link${label === spec.active ? ' active' : ''}" href="${href}">${label}</a></li>\n`)}</ul>`;
}

/** Who is logged in, per menu (seed accounts 1-3). */
const USER_OF: Record<MenuRole, string | null> = { 'admin-ppe': 'Administrator Sistem', 'admin-agency': 'Rina Marlina', verifikator: 'Budi Santoso', public: null };

/** The logged-in user's line. GUESS: where and how SPSE shows it (no logged-in page is public). */
function userLine(ctx: Ctx, spec: PageSpec): Html {
  const name = USER_OF[spec.menu];
  if (!name) return html``;
  return ctx.layout === 'local'
    ? html`${guess('user line')}<div class="user-info">Selamat datang, <strong>${name}</strong></div>`
    : html`${guess('user line')}<span class="navbar-text user-info">${name}</span>`;
}

function scripts(): Html {
  return html`<script>${raw(EVENT_COUNTER_JS)}</script>
<script>${raw(DATEPICKER_JS)}</script>`;
}

function footer(ctx: Ctx): Html {
  return html`<div id="footer">
  ${ctx.layout === 'national' ? guess('the element around the national footer line (div#footer) is assumed; the line itself is captured') : ''}
  <div>${FOOTER_VERSION[ctx.layout]}</div>
  <div>${COPYRIGHT}</div>
</div>`;
}

function flashBox(ctx: Ctx): Html {
  return ctx.flash ? html`<div class="alert alert-success" role="alert">${ctx.flash}</div>` : html``;
}

/** The parts every layout shares: doctype, charset, noscript, footer, event log and scripts. */
function documentShell(ctx: Ctx, title: string, head: Html, body: Html): string {
  return `<!DOCTYPE html>\n` + html`<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${ctx.layout === 'local' ? html`<noscript>${NOSCRIPT}</noscript>` : ''}
${body}
${footer(ctx)}
<div id="sandbox-event-log" hidden data-input-count="0" data-change-count="0"></div>
${scripts()}
</body>
</html>
`.value;
}

export function renderPage(ctx: Ctx, spec: PageSpec): string {
  if (ctx.layout === 'akun') return renderAkun(ctx, spec);
  if (ctx.layout === 'national') return renderNational(ctx, spec);
  const head = html`<link rel="shortcut icon" href="${ctx.base}/public/images/favicon.ico">
${guess('real pages load /eproc4/public/css/*.css (Bootstrap 3); this look-alike inlines a few rules')}
<style>${raw(LOCAL_CSS)}</style>`;
  const body = html`<div id="header"><div id="headerContent">
  <div class="logo">LPSE</div>
  <div><h1>Layanan Pengadaan Secara Elektronik</h1><small>Provinsi Contoh (sandbox Pandu SPSE)</small></div>
  ${userLine(ctx, spec)}
</div></div>
${menu(ctx, spec)}
<div id="main" class="container"><div class="content">
${flashBox(ctx)}
${spec.body}
</div></div>`;
  return documentShell(ctx, `${spec.title} | SPSE 4`, head, body);
}

function renderNational(ctx: Ctx, spec: PageSpec): string {
  const slug = ctx.base.replace(/^\//, '');
  const head = html`<link rel="icon" type="image/png" href="${ctx.base}/public/images/global/inaproc.png">
<link rel="stylesheet" href="${ctx.base}/public/vendor/${NATIONAL_BOOTSTRAP}/dist/css/bootstrap.min.css">
${guess('the path of the Bootstrap 4.6.2 stylesheet under /<slug>/public/; this look-alike inlines a few rules (the linked file is empty)')}
<style>${raw(NATIONAL_CSS)}</style>`;
  const body = html`<nav class="navbar navbar-expand-lg navbar-dark">
  <span class="navbar-brand">SPSE</span>
  <span class="navbar-text">LPSE ${slug.toUpperCase()} · spse.inaproc.id</span>
  ${userLine(ctx, spec)}
</nav>
<div class="container">
${menu(ctx, spec)}
<div class="content">
${flashBox(ctx)}
${spec.body}
</div>
</div>`;
  return documentShell(ctx, `${spec.title} - SPSE ${slug.toUpperCase()}`, head, body);
}

function renderAkun(ctx: Ctx, spec: PageSpec): string {
  const head = html`${guess('the whole akun.inaproc.id layout is a guess (no capture available); it is a separate app, not SPSE; it may not carry the SPSE noscript sentence')}
<style>${raw(AKUN_CSS)}</style>`;
  const body = html`<nav class="navbar navbar-dark"><span class="navbar-brand">INAPROC</span><span class="navbar-text">Manajemen Akun Terpusat</span></nav>
<div class="container"><div class="layout">
  <aside class="sidebar">
    <a href="${ctx.base}/profil">Profil Saya</a>
    <a href="${ctx.base}/akses">Hubungkan atau Buat Akses</a>
    <a class="active" href="${ctx.base}/verifikasi-akses">Verifikasi Akses Instansi</a>
  </aside>
  <main class="content">
${flashBox(ctx)}
${spec.body}
  </main>
</div></div>`;
  return documentShell(ctx, `${spec.title} | Manajemen Akun Terpusat`, head, body);
}

/** A titled box: Bootstrap 3 panel (local) or Bootstrap 4 card (national, akun). */
export function panel(ctx: Ctx, heading: string, body: Html): Html {
  if (ctx.layout === 'local') {
    return html`<div class="panel panel-primary">
  <div class="panel-heading">${heading}</div>
  <div class="panel-body">
${body}
  </div>
</div>`;
  }
  return html`<div class="card">
  <div class="card-header"><h5 class="mb-0">${heading}</h5></div>
  <div class="card-body">
${body}
  </div>
</div>`;
}

export function alertBox(kind: 'danger' | 'success', messages: string[]): Html {
  if (messages.length === 0) return html``;
  if (messages.length === 1) return html`<div class="alert alert-${kind}" role="alert">${messages[0]}</div>`;
  return html`<div class="alert alert-${kind}" role="alert"><ul>${messages.map((m) => html`<li>${m}</li>`)}</ul></div>`;
}

export function badge(ctx: Ctx, text: string, tone: 'warning' | 'success' | 'danger'): Html {
  return ctx.layout === 'local' ? html`<span class="label label-${tone}">${text}</span>` : html`<span class="badge badge-${tone}">${text}</span>`;
}
