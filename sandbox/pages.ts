/**
 * The sandbox's pages and their request handling, free of any HTTP plumbing so that tests can
 * render a page directly: `renderSandboxPage('/eproc4/admin/auditor/baru')`.
 */
import { randomBytes } from 'node:crypto';
import { seedAccessRequests, seedAccounts, seedVendors, type AccessRequest, type Account, type AccountKind, type Vendor } from './data';
import { FORM_FIELDS, FORM_TITLES, renderAccountForm, validateAccount, type FormKind } from './forms';
import { esc, guess, html, raw, type Html } from './html';
import { alertBox, badge, panel, renderPage, type Ctx, type Layout, type MenuRole } from './layout';

export type Submission = { path: string; page: string; fields: Record<string, string>; at: string };

export type SandboxState = {
  token: string;
  submissions: Submission[];
  accounts: Account[];
  vendors: Vendor[];
  requests: AccessRequest[];
  nextId: number;
  /** The User ID that passed step one of the 4.5 two-step login and waits for its TOTP code. */
  pendingLogin?: string;
};

export function createState(token = randomBytes(20).toString('hex')): SandboxState {
  return { token, submissions: [], accounts: seedAccounts(), vendors: seedVendors(), requests: seedAccessRequests(), nextId: 1000 };
}

/** Back to the seed data; the `submissions` array keeps its identity (callers hold it). */
export function resetState(state: SandboxState): void {
  state.submissions.length = 0;
  state.accounts = seedAccounts();
  state.vendors = seedVendors();
  state.requests = seedAccessRequests();
  state.nextId = 1000;
}

export type SandboxRequest = {
  method: string;
  /** Path and query, e.g. `/eproc4/admin/auditor/baru?variant=2`. */
  url: string;
  /** Decoded form fields of a POST (repeated names joined with ","). */
  fields?: Record<string, string>;
  /** Flash message carried over a redirect (cookie). */
  flash?: string;
};

export type SandboxResponse = {
  status: number;
  /** The sandbox page id (see SANDBOX_PAGES), null for assets and redirects. */
  pageId: string | null;
  html?: string;
  location?: string;
  flash?: string;
  contentType?: string;
  body?: Buffer;
};

/** Sandbox pages: `pageId` matches lib/spse/pages ids where the page is known to Pandu. */
export const SANDBOX_PAGES: { pageId: string; path: string; layouts: Layout[]; title: string; post?: boolean }[] = [
  { pageId: 'login', path: '/login', layouts: ['local', 'national'], title: 'Login', post: true },
  { pageId: 'login', path: '/login/otp', layouts: ['local', 'national'], title: 'Login langkah 2: kode TOTP (SPSE 4.5)', post: true },
  { pageId: 'home', path: '/home', layouts: ['local', 'national'], title: 'Beranda (Admin PPE; ?role=agency|verifikator|helpdesk)' },
  { pageId: 'admin-agency-list', path: '/admin/adminagency', layouts: ['local', 'national'], title: 'Daftar Admin Agency' },
  { pageId: 'admin-agency-form', path: '/admin/adminagency/baru', layouts: ['local', 'national'], title: 'Tambah Admin Agency', post: true },
  { pageId: 'verifikator-list', path: '/admin/verifikator', layouts: ['local', 'national'], title: 'Daftar Verifikator' },
  { pageId: 'verifikator-form', path: '/admin/verifikator/baru', layouts: ['local', 'national'], title: 'Tambah Verifikator', post: true },
  { pageId: 'helpdesk-list', path: '/admin/helpdesk', layouts: ['local', 'national'], title: 'Daftar Helpdesk' },
  { pageId: 'helpdesk-form', path: '/admin/helpdesk/baru', layouts: ['local', 'national'], title: 'Tambah Helpdesk', post: true },
  { pageId: 'auditor-list', path: '/admin/auditor', layouts: ['local', 'national'], title: 'Daftar Auditor' },
  { pageId: 'auditor-form', path: '/admin/auditor/baru', layouts: ['local', 'national'], title: 'Tambah Auditor', post: true },
  { pageId: 'pegawai-list', path: '/pegawai', layouts: ['local', 'national'], title: 'Daftar Pegawai (Admin Agency)' },
  { pageId: 'pegawai-form', path: '/pegawai/baru', layouts: ['local', 'national'], title: 'Tambah Pegawai (PPK / Pokja / PP)', post: true },
  { pageId: 'pegawai-form', path: '/pegawai/edit/6', layouts: ['local', 'national'], title: 'Ubah Pegawai (ppk01)', post: true },
  { pageId: 'penyedia-verification-list', path: '/rekanan/verifikasi', layouts: ['local', 'national'], title: 'Verifikasi Penyedia' },
  { pageId: 'penyedia-verification-detail', path: '/rekanan/101/verifikasi', layouts: ['local', 'national'], title: 'Verifikasi Data Penyedia (CV Maju Jaya)', post: true },
  { pageId: 'role-access-approval', path: '/verifikasi-akses', layouts: ['akun'], title: 'Verifikasi Akses Instansi (daftar)' },
  { pageId: 'role-access-approval', path: '/verifikasi-akses/9001', layouts: ['akun'], title: 'Verifikasi Akses Instansi (detail)', post: true },
  { pageId: 'satker', path: '/admin/satker', layouts: ['local', 'national'], title: 'Satuan Kerja (unknown to Pandu: teach-the-page)' },
  { pageId: 'bigtable', path: '/admin/bigtable?rows=5000', layouts: ['local', 'national'], title: 'Log Akses, 5.000 rows + appender (observer bench)' },
  { pageId: 'not-found', path: '/tidak-ada', layouts: ['local', 'national'], title: 'Halaman 404' },
];

export const NATIONAL_SLUG = 'lkpp';

export function baseFor(layout: Layout, slug = NATIONAL_SLUG): string {
  return layout === 'local' ? '/eproc4' : layout === 'akun' ? '/akun' : `/${slug}`;
}

/** Every sandbox URL (path + query) with its page id, in every layout. */
export function sandboxUrls(): { pageId: string; url: string; layout: Layout; title: string }[] {
  return SANDBOX_PAGES.flatMap((p) => p.layouts.map((layout) => ({ pageId: p.pageId, url: baseFor(layout) + p.path, layout, title: p.title })));
}

// ---------------------------------------------------------------- helpers

const ACCOUNT_KINDS: FormKind[] = ['adminagency', 'verifikator', 'helpdesk', 'auditor'];
const LIST_ID: Record<AccountKind, string> = {
  adminagency: 'admin-agency',
  verifikator: 'verifikator',
  helpdesk: 'helpdesk',
  auditor: 'auditor',
  pegawai: 'pegawai',
};

function ok(ctx: Ctx, pageId: string, title: string, menu: MenuRole, body: Html, active?: string, status = 200): SandboxResponse {
  return { status, pageId, html: renderPage(ctx, { title, menu, active, body }) };
}

function redirect(location: string, flash?: string): SandboxResponse {
  return { status: 302, pageId: null, location, flash };
}

function tokenError(ctx: Ctx): SandboxResponse {
  const body = html`${guess('Play 1.x answers a bad authenticityToken with 403 Forbidden; page wording assumed')}
${panel(ctx, 'Error', html`<p>Maaf, terjadi error pada aplikasi SPSE.</p><p>Kode Error: 403 - Bad authenticity token</p>`)}`;
  return ok(ctx, 'error', 'Error', 'public', body, undefined, 403);
}

function notFound(ctx: Ctx): SandboxResponse {
  const body = panel(ctx, 'Halaman tidak ditemukan', html`<p>Halaman yang dituju tidak ditemukan.</p><p><a href="${ctx.base}/home">Kembali ke Beranda</a></p>`);
  return ok(ctx, 'not-found', 'Halaman tidak ditemukan', 'public', body, undefined, 404);
}

function table(ctx: Ctx, headers: string[], rows: Html[], id?: string): Html {
  const cls = ctx.layout === 'local' ? 'table table-striped table-bordered' : 'table table-sm table-bordered';
  return html`<table class="${cls}"${id ? html` id="${id}"` : ''}>
<thead><tr>${headers.map((h) => (ctx.layout === 'local' ? html`<th>${h}</th>` : html`<th class="bgwarning">${h}</th>`))}</tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}

/** Key/value table: th labels (national: th.bgwarning), td values. */
function detailTable(ctx: Ctx, pairs: [string, string | Html][]): Html {
  const cls = ctx.layout === 'local' ? 'table table-bordered' : 'table table-sm table-bordered';
  return html`<table class="${cls}"><tbody>
${pairs.map(([k, v]) => html`<tr><th${ctx.layout === 'local' ? html` style="width:25%"` : html` class="bgwarning"`}>${k}</th><td>${v}</td></tr>\n`)}</tbody></table>`;
}

function takenUserIds(state: SandboxState, exceptId?: number): Set<string> {
  return new Set(state.accounts.filter((a) => a.id !== exceptId).map((a) => a.userId.toLowerCase()));
}

function record(state: SandboxState, path: string, page: string, fields: Record<string, string>): void {
  state.submissions.push({ path, page, fields: { ...fields }, at: new Date().toISOString() });
}

// ---------------------------------------------------------------- pages

function loginPage(ctx: Ctx, errors: string[] = [], userId = ''): SandboxResponse {
  const body = html`<div style="max-width:420px;margin:0 auto">
${alertBox('danger', errors)}
${panel(ctx, 'Login', html`<form method="post" action="${ctx.base}/login" id="formLogin">
  <input type="hidden" name="authenticityToken" value="${ctx.token}">
  ${guess('isRekanan as a Penyedia / Non Penyedia radio pair; only the field name is known')}
  <p>
    <label><input type="radio" name="isRekanan" value="true"> Penyedia</label>
    <label><input type="radio" name="isRekanan" value="false" checked> Non Penyedia</label>
  </p>
  <div class="form-group"><label for="txtUserId">User ID</label><input type="text" class="form-control" id="txtUserId" name="txtUserId" value="${userId}" autocomplete="username"></div>
  <div class="form-group"><label for="txtPassword">Password</label><input type="password" class="form-control" id="txtPassword" name="txtPassword" autocomplete="current-password"></div>
  <button type="submit" class="btn btn-primary">Login</button>
</form>`)}
</div>`;
  return ok(ctx, 'login', 'Login', 'public', body, 'Login', errors.length ? 200 : 200);
}

function homeFor(ctx: Ctx, account: Account): string {
  const role = account.roles === 'ADM_PPE' ? '' : account.kind === 'adminagency' ? '?role=agency' : account.kind === 'verifikator' ? '?role=verifikator' : account.kind === 'helpdesk' ? '?role=helpdesk' : '';
  return `${ctx.base}/home${role}`;
}

/** Step one of the 4.5 login: User ID + password, then the TOTP page (a ministry's SPSE 4.5 guide: two steps with TOTP). */
function loginPost(ctx: Ctx, state: SandboxState, path: string, fields: Record<string, string>): SandboxResponse {
  const errors: string[] = [];
  const userId = (fields.txtUserId ?? '').trim();
  if (!userId) errors.push('User ID wajib diisi');
  if (!fields.txtPassword) errors.push('Password wajib diisi');
  const account = state.accounts.find((a) => a.userId.toLowerCase() === userId.toLowerCase());
  if (!errors.length && !account) errors.push('User ID atau Password salah');
  if (errors.length) return loginPage(ctx, errors, userId);
  record(state, path, 'login', fields);
  state.pendingLogin = account!.userId;
  return redirect(`${ctx.base}/login/otp`);
}

/** Step two: the TOTP code. GUESS: URL, heading, labels and the field name `otp` (not public). */
function otpPage(ctx: Ctx, errors: string[] = []): SandboxResponse {
  const body = html`<div style="max-width:420px;margin:0 auto">
${guess('the second login step of SPSE 4.5 (TOTP) is known; its URL, heading, labels and field name are not')}
${alertBox('danger', errors)}
${panel(ctx, 'Verifikasi Dua Langkah', html`<form method="post" action="${ctx.base}/login/otp" id="formOtp">
  <input type="hidden" name="authenticityToken" value="${ctx.token}">
  <p>Masukkan kode 6 digit dari aplikasi autentikator Anda.</p>
  <div class="form-group"><label for="otp">Kode OTP</label><input type="text" class="form-control" id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6"></div>
  <button type="submit" class="btn btn-primary">Verifikasi</button>
</form>`)}
</div>`;
  return ok(ctx, 'login', 'Verifikasi Dua Langkah', 'public', body, 'Login');
}

function otpPost(ctx: Ctx, state: SandboxState, path: string, fields: Record<string, string>): SandboxResponse {
  const account = state.accounts.find((a) => a.userId === state.pendingLogin);
  if (!account) return redirect(`${ctx.base}/login`);
  if (!/^\d{6}$/.test((fields.otp ?? '').trim())) return otpPage(ctx, ['Kode OTP harus 6 digit']);
  record(state, path, 'login-otp', { ...fields, otp: '******' });
  state.pendingLogin = undefined;
  return redirect(homeFor(ctx, account));
}

function homePage(ctx: Ctx): SandboxResponse {
  const r = ctx.query.get('role');
  const menu: MenuRole = r === 'agency' ? 'admin-agency' : r === 'verifikator' ? 'verifikator' : 'admin-ppe';
  const who = r === 'agency' ? 'Admin Agency' : r === 'verifikator' ? 'Verifikator' : r === 'helpdesk' ? 'Helpdesk' : 'Admin PPE';
  const body = html`${panel(ctx, 'Beranda', html`<p>Selamat datang, Anda login sebagai <strong>${who}</strong>.</p>
<p>Gunakan menu di atas untuk mengelola data.</p>`)}
${panel(ctx, 'Informasi', html`<p>Pengumuman: jadwal pemeliharaan server setiap Jumat pukul 22.00 WIB.</p>`)}`;
  return ok(ctx, 'home', 'Beranda', menu, body, 'Beranda');
}

function accountRows(ctx: Ctx, accounts: Account[], editBase?: string): Html[] {
  return accounts.map(
    (a, i) => html`<tr><td>${i + 1}</td><td>${a.userId}</td><td>${a.nama}</td><td>${a.nip}</td><td>${a.email}</td><td>${a.roles}</td><td>${badge(ctx, a.aktif ? 'Aktif' : 'Non Aktif', a.aktif ? 'success' : 'danger')}</td><td>${editBase ? html`<a href="${editBase}/${a.id}">Ubah</a>` : html`<a href="#">Detail</a>`}</td></tr>\n`,
  );
}

function accountList(ctx: Ctx, state: SandboxState, kind: FormKind): SandboxResponse {
  const t = FORM_TITLES[kind];
  const isPegawai = kind === 'pegawai';
  const listPath = isPegawai ? `${ctx.base}/pegawai` : `${ctx.base}/admin/${kind}`;
  const accounts = state.accounts.filter((a) => a.kind === kind);
  const body = html`${guess(`list URL ${isPegawai ? '/pegawai' : '/admin/' + kind} and table columns are guesses`)}
${panel(ctx, t.list, html`<p><a class="btn btn-primary btn-sm" href="${listPath}/baru">${t.create}</a></p>
<form method="get" action="${listPath}" class="form-inline"><input type="text" class="form-control" name="cari" placeholder="Cari nama atau User ID" value="${ctx.query.get('cari') ?? ''}"></form>
${table(ctx, ['No', 'User ID', 'Nama', 'NIP', 'Email', isPegawai ? 'Peran' : 'Grup', 'Status', 'Aksi'], accountRows(ctx, accounts, isPegawai ? `${ctx.base}/pegawai/edit` : undefined), `tbl-${LIST_ID[kind]}`)}`)}`;
  return ok(ctx, `${LIST_ID[kind]}-list`, t.list, isPegawai ? 'admin-agency' : 'admin-ppe', body, t.menu);
}

function accountForm(ctx: Ctx, kind: FormKind, action: string, values: Record<string, string>, errors: string[], edit: boolean): SandboxResponse {
  const t = FORM_TITLES[kind];
  const heading = edit ? t.edit : t.create;
  const body = html`${guess(`form URL ${action.replace(ctx.base, '')}, field names (Play binding over pegawai columns), labels and layout are guesses`)}
${alertBox('danger', errors)}
${panel(ctx, heading, renderAccountForm(ctx, kind, action, values))}`;
  return ok(ctx, `${LIST_ID[kind]}-form`, heading, kind === 'pegawai' ? 'admin-agency' : 'admin-ppe', body, t.menu);
}

function accountPost(ctx: Ctx, state: SandboxState, kind: FormKind, path: string, fields: Record<string, string>, editId?: number): SandboxResponse {
  const errors = validateAccount(kind, fields, takenUserIds(state, editId));
  if (errors.length) return accountForm(ctx, kind, path, fields, errors, editId !== undefined);
  record(state, path, `${LIST_ID[kind]}-form`, fields);
  const account: Account = {
    id: editId ?? state.nextId++,
    kind,
    userId: fields['pegawai.peg_namauser'].trim(),
    nama: fields['pegawai.peg_nama'].trim(),
    nip: (fields['pegawai.peg_nip'] ?? '').trim(),
    email: (fields['pegawai.peg_email'] ?? '').trim(),
    jabatan: (fields['pegawai.peg_jabatan'] ?? '').trim(),
    roles: kind === 'pegawai' ? fields.usergroup ?? '' : { adminagency: 'ADM_AGENCY', verifikator: 'VERIFIKATOR', helpdesk: 'HELPDESK', auditor: 'AUDITOR' }[kind],
    aktif: true,
  };
  state.accounts = editId === undefined ? [...state.accounts, account] : state.accounts.map((a) => (a.id === editId ? account : a));
  return redirect(kind === 'pegawai' ? `${ctx.base}/pegawai` : `${ctx.base}/admin/${kind}`, 'Data berhasil disimpan');
}

function accountValues(a: Account): Record<string, string> {
  return {
    'pegawai.peg_namauser': a.userId,
    'pegawai.peg_nama': a.nama,
    'pegawai.peg_nip': a.nip,
    'pegawai.peg_email': a.email,
    'pegawai.peg_jabatan': a.jabatan,
    usergroup: a.roles,
  };
}

function vendorList(ctx: Ctx, state: SandboxState): SandboxResponse {
  const rows = state.vendors.map(
    (v, i) => html`<tr><td>${i + 1}</td><td>${v.nama}</td><td>${v.npwp}</td><td>${v.email}</td><td>${v.tglDaftar}</td><td>${badge(ctx, v.status, v.status === 'Terverifikasi' ? 'success' : v.status === 'Ditolak' ? 'danger' : 'warning')}</td><td><a href="${ctx.base}/rekanan/${v.id}/verifikasi">Verifikasi</a></td></tr>\n`,
  );
  const body = html`${guess('URL /rekanan/verifikasi, heading and columns are guesses; columns follow the rekanan table (rkn_nama, rkn_npwp, rkn_email, rkn_tgl_daftar, rkn_status)')}
${panel(ctx, 'Verifikasi Penyedia', html`<p>Daftar penyedia yang menunggu verifikasi dokumen.</p>
${table(ctx, ['No', 'Nama Penyedia', 'NPWP', 'Email', 'Tanggal Daftar', 'Status', 'Aksi'], rows, 'tbl-verifikasi-rekanan')}`)}`;
  return ok(ctx, 'penyedia-verification-list', 'Verifikasi Penyedia', 'verifikator', body, 'Verifikasi Penyedia');
}

function vendorDetail(ctx: Ctx, vendor: Vendor, errors: string[] = [], alasan = ''): SandboxResponse {
  const body = html`${guess('URL /rekanan/{id}/verifikasi, labels, the alasan field and the Setuju/Tolak button names are guesses')}
${alertBox('danger', errors)}
${panel(ctx, 'Verifikasi Data Penyedia', html`${detailTable(ctx, [
    ['Nama Penyedia', vendor.nama],
    ['Bentuk Usaha', vendor.bentukUsaha],
    ['NPWP', vendor.npwp],
    ['Email', vendor.email],
    ['Alamat', vendor.alamat],
    ['Tanggal Daftar', vendor.tglDaftar],
    ['Status', badge(ctx, vendor.status, vendor.status === 'Terverifikasi' ? 'success' : vendor.status === 'Ditolak' ? 'danger' : 'warning')],
  ])}
<h4>Dokumen</h4>
<ul><li>Formulir pendaftaran (asli diperlihatkan)</li><li>KTP pemilik/direktur</li><li>NPWP perusahaan</li><li>Akta pendirian dan perubahan</li></ul>
<form method="post" action="${ctx.base}/rekanan/${vendor.id}/verifikasi">
  <input type="hidden" name="authenticityToken" value="${ctx.token}">
  <input type="hidden" name="rkn_id" value="${vendor.id}">
  <div class="form-group"><label for="alasan">Alasan Penolakan</label><textarea class="form-control" id="alasan" name="alasan" rows="3">${alasan}</textarea></div>
  <button type="submit" class="btn btn-success" name="aksi" value="setuju">Setuju</button>
  <button type="submit" class="btn btn-danger" name="aksi" value="tolak">Tolak</button>
</form>`)}`;
  return ok(ctx, 'penyedia-verification-detail', 'Verifikasi Data Penyedia', 'verifikator', body, 'Verifikasi Penyedia');
}

function vendorPost(ctx: Ctx, state: SandboxState, vendor: Vendor, path: string, fields: Record<string, string>): SandboxResponse {
  const aksi = fields.aksi;
  const errors: string[] = [];
  if (aksi !== 'setuju' && aksi !== 'tolak') errors.push('Pilih Setuju atau Tolak');
  if (aksi === 'tolak' && !(fields.alasan ?? '').trim()) errors.push('Alasan Penolakan wajib diisi');
  if (errors.length) return vendorDetail(ctx, vendor, errors, fields.alasan ?? '');
  record(state, path, 'penyedia-verification-detail', fields);
  state.vendors = state.vendors.map((v) => (v.id === vendor.id ? { ...v, status: aksi === 'setuju' ? 'Terverifikasi' : 'Ditolak' } : v));
  return redirect(`${ctx.base}/rekanan/verifikasi`, 'Data berhasil disimpan');
}

function accessList(ctx: Ctx, state: SandboxState): SandboxResponse {
  const rows = state.requests.map(
    (r, i) => html`<tr><td>${i + 1}</td><td>${r.nama}</td><td>${r.role}</td><td>${r.namaInstansi}</td><td>${r.satuanKerja}</td><td>${badge(ctx, r.status, r.status === 'Disetujui' ? 'success' : r.status === 'Ditolak' ? 'danger' : 'warning')}</td><td><a href="${ctx.base}/verifikasi-akses/${r.id}">Periksa</a></td></tr>\n`,
  );
  const body = html`<h3>Verifikasi Akses Instansi</h3>
${panel(ctx, 'Daftar Permintaan Akses', table(ctx, ['No', 'Nama', 'Role', 'Nama Instansi', 'Satuan Kerja', 'Status', 'Aksi'], rows, 'tbl-permintaan-akses'))}`;
  return { status: 200, pageId: 'role-access-approval', html: renderPage(ctx, { title: 'Verifikasi Akses Instansi', menu: 'public', body }) };
}

function accessDetail(ctx: Ctx, r: AccessRequest, errors: string[] = []): SandboxResponse {
  const dl = (pairs: [string, string | Html][]) => html`<dl class="row">${pairs.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
  const body = html`<h3>Verifikasi Akses Instansi</h3>
${alertBox('danger', errors)}
${panel(ctx, 'Detail Permintaan Akses', html`${dl([
    ['Nama', r.nama],
    ['NIK', r.nik],
    ['Email', r.email],
    // "Tipe Profil" with the value "Non Penyedia", "Username pada Platform Sebelumnya", "Alamat Satuan Kerja",
    // "Upload Surat Keterangan Kerja/Surat Tugas": the requester's form as INAPROC's help-centre articles show it.
    ['Tipe Profil', 'Non Penyedia'],
    ['Username pada Platform Sebelumnya', r.previousUsername],
    ['Role', r.role],
    ['Golongan', r.golongan],
    ['Jenis Instansi', r.jenisInstansi],
    ['Nama Instansi', r.namaInstansi],
    ['Satuan Kerja', r.satuanKerja],
    ['Masa Berlaku Jabatan', r.masaBerlaku],
    ['NPWP Satuan Kerja', r.npwpSatker],
    ['Divisi/Unit Kerja', r.divisi],
    ['Alamat Satuan Kerja', r.alamatSatker],
    ['Upload Surat Keterangan Kerja/Surat Tugas', html`<a href="#" class="surat-tugas">${r.suratTugas}</a>`],
    ['Status', r.status],
  ])}
${guess('the approve/reject form, its field names and the token name are guesses')}
<form method="post" action="${ctx.base}/verifikasi-akses/${r.id}">
  <input type="hidden" name="authenticityToken" value="${ctx.token}">
  <input type="hidden" name="permintaan_id" value="${r.id}">
  <div class="form-group"><label for="catatan">Catatan / Alasan Penolakan</label><textarea class="form-control" id="catatan" name="catatan" rows="3"></textarea></div>
  <button type="submit" class="btn btn-success" name="aksi" value="setujui">Setujui</button>
  <button type="submit" class="btn btn-danger" name="aksi" value="tolak">Tolak</button>
</form>`)}`;
  return { status: 200, pageId: 'role-access-approval', html: renderPage(ctx, { title: 'Verifikasi Akses Instansi', menu: 'public', body }) };
}

function accessPost(ctx: Ctx, state: SandboxState, r: AccessRequest, path: string, fields: Record<string, string>): SandboxResponse {
  const errors: string[] = [];
  if (fields.aksi !== 'setujui' && fields.aksi !== 'tolak') errors.push('Pilih Setujui atau Tolak');
  if (fields.aksi === 'tolak' && !(fields.catatan ?? '').trim()) errors.push('Alasan penolakan wajib diisi');
  if (errors.length) return accessDetail(ctx, r, errors);
  record(state, path, 'role-access-approval', fields);
  state.requests = state.requests.map((x) => (x.id === r.id ? { ...x, status: fields.aksi === 'setujui' ? 'Disetujui' : 'Ditolak' } : x));
  return redirect(`${ctx.base}/verifikasi-akses`, fields.aksi === 'setujui' ? 'Permintaan akses disetujui' : 'Permintaan akses ditolak');
}

function satkerPage(ctx: Ctx): SandboxResponse {
  const rows = [
    ['1.02.01', 'Sekretariat Dinas Kesehatan', 'Dinas Kesehatan'],
    ['1.03.01', 'Bidang Bina Marga', 'Dinas Pekerjaan Umum'],
    ['4.01.01', 'Sekretariat Bappeda', 'Badan Perencanaan Pembangunan Daerah'],
  ].map((r, i) => html`<tr><td>${i + 1}</td><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>\n`);
  const body = html`${guess('a page Pandu does not know on purpose (teach-the-page tests); URL and fields invented')}
${panel(ctx, 'Satuan Kerja', table(ctx, ['No', 'Kode Satker', 'Nama Satuan Kerja', 'Agency'], rows, 'tbl-satker'))}
${panel(ctx, 'Tambah Satuan Kerja', html`<form method="post" action="${ctx.base}/admin/satker">
  <input type="hidden" name="authenticityToken" value="${ctx.token}">
  <div class="form-group"><label for="stk_kode">Kode Satker</label><input class="form-control" id="stk_kode" name="satker.stk_kode"></div>
  <div class="form-group"><label for="stk_nama">Nama Satuan Kerja</label><input class="form-control" id="stk_nama" name="satker.stk_nama"></div>
  <div class="form-group"><label for="stk_alamat">Alamat</label><input class="form-control" id="stk_alamat" name="satker.stk_alamat"></div>
  <div class="form-group"><label for="stk_telepon">Telepon</label><input class="form-control" id="stk_telepon" name="satker.stk_telepon"></div>
  <button type="submit" class="btn btn-primary">Simpan</button>
</form>`)}`;
  return ok(ctx, 'satker', 'Satuan Kerja', 'admin-ppe', body, 'Satuan Kerja');
}

function satkerPost(ctx: Ctx, state: SandboxState, path: string, fields: Record<string, string>): SandboxResponse {
  const errors = (fields['satker.stk_nama'] ?? '').trim() ? [] : ['Nama Satuan Kerja wajib diisi'];
  if (errors.length) {
    const page = satkerPage(ctx);
    page.html = page.html!.replace('<div class="content">', `<div class="content">\n${alertBox('danger', errors).value}`);
    return page;
  }
  record(state, path, 'satker', fields);
  return redirect(`${ctx.base}/admin/satker`, 'Data berhasil disimpan');
}

const BIGTABLE_JS = `
(function(){
  var body = document.querySelector('#tbl-log-akses tbody'), count = document.getElementById('bigtable-count'), timer = null;
  var acts = ['Login', 'Logout', 'Ubah data pegawai', 'Lihat paket', 'Unduh dokumen'];
  function n(){ return body.rows.length; }
  function append(k){
    var frag = document.createDocumentFragment();
    for (var i = 0; i < k; i++) { var no = n() + i + 1, tr = document.createElement('tr');
      tr.innerHTML = '<td>' + no + '</td><td>' + new Date().toISOString().slice(0, 19).replace('T', ' ') + '</td><td>user' + (no % 97) + '</td><td>' + acts[no % acts.length] + '</td><td>10.0.' + (no % 255) + '.' + (no % 200) + '</td>';
      frag.appendChild(tr); }
    body.appendChild(frag); count.textContent = String(n());
  }
  window.sandboxAppendRows = append;
  function start(){ if (timer) return; timer = setInterval(function(){ append(50); }, 100); document.getElementById('bigtable-state').textContent = 'berjalan'; }
  function stop(){ clearInterval(timer); timer = null; document.getElementById('bigtable-state').textContent = 'berhenti'; }
  document.getElementById('bigtable-start').addEventListener('click', start);
  document.getElementById('bigtable-stop').addEventListener('click', stop);
  if (/[?&]auto=1/.test(location.search)) start();
})();
`;

function bigTable(ctx: Ctx): SandboxResponse {
  const n = Math.max(0, Math.min(50_000, Number.parseInt(ctx.query.get('rows') ?? '5000', 10) || 0));
  const acts = ['Login', 'Logout', 'Ubah data pegawai', 'Lihat paket', 'Unduh dokumen'];
  // Built as a plain string for speed; every cell is sandbox-generated, still escaped.
  let rows = '';
  for (let i = 1; i <= n; i++) {
    rows += `<tr><td>${i}</td><td>2026-01-${String((i % 28) + 1).padStart(2, '0')} 08:${String(i % 60).padStart(2, '0')}:00</td><td>user${i % 97}</td><td>${esc(acts[i % acts.length])}</td><td>10.0.${i % 255}.${i % 200}</td></tr>\n`;
  }
  const body = html`${guess('observer benchmark page, not an SPSE page')}
${panel(ctx, 'Log Akses', html`<p>Jumlah baris: <span id="bigtable-count">${n}</span> · penambah baris: <span id="bigtable-state">berhenti</span></p>
<p><button type="button" class="btn btn-primary btn-sm" id="bigtable-start">Mulai tambah baris (50 baris / 100 ms)</button>
<button type="button" class="btn btn-default btn-secondary btn-sm" id="bigtable-stop">Berhenti</button></p>
<table class="table table-striped table-sm" id="tbl-log-akses"><thead><tr><th>No</th><th>Waktu</th><th>User ID</th><th>Aktivitas</th><th>IP</th></tr></thead>
<tbody>
${raw(rows)}</tbody></table>
<script>${raw(BIGTABLE_JS)}</script>`)}`;
  return ok(ctx, 'bigtable', 'Log Akses', 'admin-ppe', body, 'Log Akses');
}

// 1x1 transparent PNG (favicon stand-in).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function indexPage(): SandboxResponse {
  const groups = (['local', 'national', 'akun'] as Layout[]).map((layout) => {
    const items = sandboxUrls().filter((u) => u.layout === layout);
    return html`<h2>${layout === 'local' ? 'Lokal (/eproc4, Bootstrap 3)' : layout === 'national' ? `Nasional (/${NATIONAL_SLUG}, Bootstrap 4.6)` : 'akun.inaproc.id (/akun)'}</h2>
<table border="1" cellpadding="4" cellspacing="0"><tr><th>page id</th><th>URL</th><th>keterangan</th></tr>
${items.map((u) => html`<tr><td><code>${u.pageId}</code></td><td><a href="${u.url}">${u.url}</a></td><td>${u.title}</td></tr>\n`)}</table>`;
  });
  const page = html`<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Sandbox Pandu SPSE</title>
<style>body{font-family:sans-serif;margin:2rem;max-width:1000px}code{background:#f4f4f4;padding:0 .2em}</style></head>
<body>
<h1>Sandbox Pandu SPSE</h1>
<p>Halaman tiruan SPSE untuk pelatihan, demo dan uji e2e. Bagian yang ditandai <code>&lt;!-- GUESS: ... --&gt;</code> di sumber halaman adalah tebakan.
Varian: tambahkan <code>?variant=2</code> (menu dan urutan kolom berbeda, tanpa id input). Slug nasional lain juga bisa, mis. <code>/kemenkeu/home</code>; basis 3.x: <code>/eproc/home</code>.</p>
${groups}
</body></html>
`;
  return { status: 200, pageId: 'index', html: page.value };
}

// ---------------------------------------------------------------- dispatch

const SLUG = /^[a-z][a-z0-9-]{1,40}$/;

/**
 * First segments of an LPSE served at its host's root (no `/eproc4`; some LPSEs do this, see
 * /work/shared/spse-reference.md): the local layout with an empty base.
 */
export const ROOT_SEGMENTS = new Set(['login', 'home', 'admin', 'pegawai', 'rekanan', 'public']);

/** Split a sandbox path into its layout, base and the rest. */
export function resolveBase(pathname: string): { layout: Layout; base: string; rest: string; root?: boolean } | null {
  const m = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!m) return null;
  const seg = m[1];
  const rest = m[2] && m[2] !== '/' ? m[2].replace(/\/+$/, '') : '/';
  if (ROOT_SEGMENTS.has(seg)) return { layout: 'local', base: '', rest: pathname.replace(/\/+$/, '') || '/', root: true };
  if (seg === 'eproc4' || seg === 'eproc') return { layout: 'local', base: `/${seg}`, rest };
  if (seg === 'akun') return { layout: 'akun', base: '/akun', rest };
  if (SLUG.test(seg)) return { layout: 'national', base: `/${seg}`, rest };
  return null;
}

export function handleRequest(state: SandboxState, req: SandboxRequest): SandboxResponse {
  const url = new URL(req.url, 'http://sandbox.invalid');
  let pathname = url.pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    /* a malformed escape stays as typed and ends in a 404 */
  }
  if (pathname === '/' || pathname === '/index.html') return indexPage();
  if (pathname === '/favicon.ico') return { status: 200, pageId: null, contentType: 'image/png', body: PNG };
  const where = resolveBase(pathname);
  const fallback: Ctx = { base: '/eproc4', layout: 'local', variant: 1, query: url.searchParams, token: state.token };
  if (!where) return notFound(fallback);
  const ctx: Ctx = { base: where.base, layout: where.layout, root: where.root, variant: url.searchParams.get('variant') === '2' ? 2 : 1, query: url.searchParams, token: state.token, flash: req.flash };
  const { rest } = where;
  const post = req.method === 'POST';
  const fields = req.fields ?? {};
  const path = url.pathname;
  if (rest.startsWith('/public/')) return rest.endsWith('.css') ? { status: 200, pageId: null, contentType: 'text/css; charset=utf-8', body: Buffer.from('/* sandbox: empty stand-in */\n') } : { status: 200, pageId: null, contentType: 'image/png', body: PNG };
  if (post && fields.authenticityToken !== state.token) return tokenError(ctx);

  if (where.layout === 'akun') {
    if (rest === '/' ) return redirect(`${ctx.base}/verifikasi-akses`);
    if (rest === '/verifikasi-akses' && !post) return accessList(ctx, state);
    const m = /^\/verifikasi-akses\/(\d+)$/.exec(rest);
    const r = m && state.requests.find((x) => x.id === Number(m[1]));
    if (r) return post ? accessPost(ctx, state, r, path, fields) : accessDetail(ctx, r);
    return notFound(ctx);
  }

  if (rest === '/') return redirect(`${ctx.base}/login`);
  if (rest === '/login') return post ? loginPost(ctx, state, path, fields) : loginPage(ctx);
  if (rest === '/login/otp') return post ? otpPost(ctx, state, path, fields) : otpPage(ctx);
  if (rest === '/home' && !post) return homePage(ctx);
  let m = /^\/admin\/(adminagency|verifikator|helpdesk|auditor)(\/baru)?$/.exec(rest);
  if (m) {
    const kind = m[1] as FormKind;
    if (!m[2]) return post ? notFound(ctx) : accountList(ctx, state, kind);
    return post ? accountPost(ctx, state, kind, path, fields) : accountForm(ctx, kind, path, {}, [], false);
  }
  if (rest === '/pegawai' && !post) return accountList(ctx, state, 'pegawai');
  if (rest === '/pegawai/baru') return post ? accountPost(ctx, state, 'pegawai', path, fields) : accountForm(ctx, 'pegawai', path, {}, [], false);
  m = /^\/pegawai\/edit\/(\d+)$/.exec(rest);
  if (m) {
    const a = state.accounts.find((x) => x.id === Number(m![1]) && x.kind === 'pegawai');
    if (!a) return notFound(ctx);
    return post ? accountPost(ctx, state, 'pegawai', path, fields, a.id) : accountForm(ctx, 'pegawai', path, accountValues(a), [], true);
  }
  if (rest === '/rekanan/verifikasi' && !post) return vendorList(ctx, state);
  m = /^\/rekanan\/(\d+)\/verifikasi$/.exec(rest);
  if (m) {
    const v = state.vendors.find((x) => x.id === Number(m![1]));
    if (!v) return notFound(ctx);
    return post ? vendorPost(ctx, state, v, path, fields) : vendorDetail(ctx, v);
  }
  if (rest === '/admin/satker') return post ? satkerPost(ctx, state, path, fields) : satkerPage(ctx);
  if (rest === '/admin/bigtable' && !post) return bigTable(ctx);
  return notFound(ctx);
}

/** Render one sandbox page (GET) without a server, e.g. for recognition tests. */
export function renderSandboxPage(url: string, state: SandboxState = createState('sandbox-test-token')): { status: number; pageId: string | null; html: string } {
  const res = handleRequest(state, { method: 'GET', url });
  return { status: res.status, pageId: res.pageId, html: res.html ?? '' };
}

export { ACCOUNT_KINDS, FORM_FIELDS };
