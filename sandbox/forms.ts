/**
 * Account forms of the sandbox (Admin PPE → Admin Agency / Verifikator / Helpdesk / Auditor,
 * Admin Agency → pegawai acting as PPK / Pokja / PP): field definitions, rendering in both
 * layouts, and SPSE-like server-side validation.
 */
import { AGENCIES, GOLONGAN, SATKER, type AccountKind } from './data';
import { guess, html, type Html } from './html';
import type { Ctx } from './layout';

export type FieldDef = {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel' | 'password' | 'date' | 'select' | 'checkboxes' | 'textarea';
  required?: boolean;
  options?: { value: string; label: string }[];
  help?: string;
};

const f = (name: string, label: string, type: FieldDef['type'] = 'text', extra: Partial<FieldDef> = {}): FieldDef => ({ name, label, type, ...extra });

// GUESS: input names follow Play's `object.field` binding over the `pegawai` columns (known schema).
const USER_ID = f('pegawai.peg_namauser', 'User ID', 'text', { required: true, help: 'Huruf kecil, angka, titik, garis bawah; tanpa spasi.' });
const NAMA = f('pegawai.peg_nama', 'Nama Lengkap', 'text', { required: true });
const NIP = f('pegawai.peg_nip', 'NIP', 'text', { required: true, help: '18 digit angka tanpa spasi.' });
const NIK = f('pegawai.peg_nik', 'NIK');
const EMAIL = f('pegawai.peg_email', 'Email', 'email', { required: true });
const TELEPON = f('pegawai.peg_telepon', 'Telepon', 'tel');
const MOBILE = f('pegawai.peg_mobile', 'No. HP', 'tel');
const ALAMAT = f('pegawai.peg_alamat', 'Alamat', 'textarea');
const JABATAN = f('pegawai.peg_jabatan', 'Jabatan');
const GOLONGAN_F = f('pegawai.peg_golongan', 'Golongan', 'select', { options: [{ value: '', label: '-- Pilih Golongan --' }, ...GOLONGAN.map((g) => ({ value: g, label: g }))] });
const PANGKAT = f('pegawai.peg_pangkat', 'Pangkat');
const NO_SK = f('pegawai.peg_no_sk', 'No. SK');
const MASA_BERLAKU = f('pegawai.peg_masa_berlaku', 'Masa Berlaku', 'date', { help: 'Format dd-mm-yyyy' });
const PASSWORD = f('pegawai.passw', 'Password', 'password');
const PASSWORD2 = f('pegawai.passw_konfirmasi', 'Ulangi Password', 'password');

const PERSON = [USER_ID, NAMA, NIP, NIK, EMAIL, TELEPON, MOBILE, JABATAN, GOLONGAN_F, PANGKAT, NO_SK, MASA_BERLAKU];

export type FormKind = AccountKind;

export const FORM_FIELDS: Record<FormKind, FieldDef[]> = {
  adminagency: [
    ...PERSON,
    f('pegawai.agc_id', 'Agency', 'select', { required: true, options: [{ value: '', label: '-- Pilih Agency --' }, ...AGENCIES.map((a) => ({ value: a.id, label: a.nama }))] }),
    PASSWORD,
    PASSWORD2,
  ],
  verifikator: [...PERSON, PASSWORD, PASSWORD2],
  helpdesk: [...PERSON, PASSWORD, PASSWORD2],
  auditor: [
    USER_ID,
    NAMA,
    NIP,
    NIK,
    EMAIL,
    TELEPON,
    MOBILE,
    JABATAN,
    GOLONGAN_F,
    PANGKAT,
    // GUESS: auditor-specific inputs (instansi, surat tugas) and their names are invented.
    f('auditor.aud_instansi', 'Instansi Auditor', 'text', { required: true, help: 'Mis. Inspektorat Daerah, BPKP, BPK RI' }),
    f('pegawai.peg_alamat', 'Alamat Instansi', 'textarea'),
    f('auditor.aud_no_surat_tugas', 'No. Surat Tugas', 'text', { required: true }),
    f('auditor.aud_tgl_surat_tugas', 'Tanggal Surat Tugas', 'date'),
    // Labels from an LPSE's public auditor-account request form; the input names are GUESSES.
    f('auditor.aud_satker', 'Satuan Kerja yang Diperiksa'),
    f('auditor.aud_nama_paket', 'Nama Paket'),
    f('pegawai.peg_masa_berlaku', 'Masa Berlaku Akses', 'date', { required: true, help: 'Format dd-mm-yyyy' }),
    PASSWORD,
    PASSWORD2,
  ],
  pegawai: [
    ...PERSON.slice(0, 6),
    ALAMAT,
    ...PERSON.slice(6),
    f('pegawai.peg_no_pbj', 'No. Sertifikat PBJ'),
    f('pegawai.satker_id', 'Satuan Kerja', 'select', { options: [{ value: '', label: '-- Pilih Satuan Kerja --' }, ...SATKER.map((s) => ({ value: s.id, label: s.nama }))] }),
    // GUESS: roles as checkboxes named `usergroup` with the usergroup codes (PPK, PANITIA known; PP guessed).
    f('usergroup', 'Peran', 'checkboxes', {
      required: true,
      options: [
        { value: 'PPK', label: 'PPK' },
        { value: 'PANITIA', label: 'Panitia/Pokja' },
        { value: 'PP', label: 'PP' },
      ],
    }),
    PASSWORD,
    PASSWORD2,
  ],
};

export const FORM_TITLES: Record<FormKind, { list: string; create: string; edit: string; menu: string }> = {
  adminagency: { list: 'Daftar Admin Agency', create: 'Tambah Admin Agency', edit: 'Ubah Admin Agency', menu: 'Admin Agency' },
  verifikator: { list: 'Daftar Verifikator', create: 'Tambah Verifikator', edit: 'Ubah Verifikator', menu: 'Verifikator' },
  helpdesk: { list: 'Daftar Helpdesk', create: 'Tambah Helpdesk', edit: 'Ubah Helpdesk', menu: 'Helpdesk' },
  auditor: { list: 'Daftar Auditor', create: 'Tambah Auditor', edit: 'Ubah Auditor', menu: 'Auditor' },
  pegawai: { list: 'Daftar Pegawai', create: 'Tambah Pegawai', edit: 'Ubah Pegawai', menu: 'Pegawai' },
};

/** Play's #{field} tag derives an id from the name (`pegawai.peg_nama` → `pegawai_peg_nama`). GUESS. */
export function idFor(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}

function control(ctx: Ctx, def: FieldDef, value: string): Html {
  const id = ctx.variant === 2 ? undefined : idFor(def.name);
  const cls = ctx.layout === 'local' ? 'form-control' : 'form-control form-control-sm';
  const idAttr = (suffix = '') => (id ? html` id="${id}${suffix}"` : html``);
  switch (def.type) {
    case 'textarea':
      return html`<textarea class="${cls}" name="${def.name}"${idAttr()} rows="2">${value}</textarea>`;
    case 'select':
      return html`<select class="${cls}" name="${def.name}"${idAttr()}>${(def.options ?? []).map((o) => html`<option value="${o.value}"${o.value === value ? html` selected` : ''}>${o.label}</option>`)}</select>`;
    case 'checkboxes': {
      const chosen = new Set(value.split(',').filter(Boolean));
      const wrap = ctx.layout === 'local' ? 'checkbox-inline' : 'form-check-inline';
      return html`${(def.options ?? []).map((o, i) => html`<label class="${wrap}"><input type="checkbox" name="${def.name}" value="${o.value}"${idAttr('_' + i)}${chosen.has(o.value) ? html` checked` : ''}> ${o.label}</label>`)}`;
    }
    case 'password':
      // Passwords are never re-rendered.
      return html`<input type="password" class="${cls}" name="${def.name}"${idAttr()} autocomplete="new-password" value="">`;
    case 'date':
      return html`${guess('date inputs assumed to be bootstrap-datepicker text inputs, format dd-mm-yyyy')}<input type="text" class="${cls} datepicker" name="${def.name}"${idAttr()} data-provide="datepicker" data-date-format="dd-mm-yyyy" placeholder="dd-mm-yyyy" autocomplete="off" value="${value}">`;
    default:
      return html`<input type="${def.type}" class="${cls}" name="${def.name}"${idAttr()} value="${value}">`;
  }
}

function labelFor(ctx: Ctx, def: FieldDef): Html {
  const star = def.required ? html` <span class="required">*</span>` : '';
  // Checkbox groups have no single target; their label has no `for`.
  if (def.type === 'checkboxes') return html`<label${ctx.layout === 'local' ? html` class="col-sm-3 control-label"` : ''}>${def.label}${star}</label>`;
  const forAttr = ctx.variant === 2 ? html`` : html` for="${idFor(def.name)}"`;
  return html`<label${forAttr}${ctx.layout === 'local' ? html` class="col-sm-3 control-label"` : ''}>${def.label}${star}</label>`;
}

export function renderAccountForm(ctx: Ctx, kind: FormKind, action: string, values: Record<string, string>, submitLabel = 'Simpan'): Html {
  let defs = FORM_FIELDS[kind];
  if (ctx.variant === 2) {
    // Variant 2: e-mail and phone numbers before the identity block, no ids (labels wrap nothing).
    const first = defs.filter((d) => /email|telepon|mobile/.test(d.name));
    defs = [...first, ...defs.filter((d) => !first.includes(d))];
  }
  const token = html`<input type="hidden" name="authenticityToken" value="${ctx.token}">`;
  const help = (d: FieldDef) => (d.help ? html`<span class="help-block small">${d.help}</span>` : '');
  if (ctx.layout === 'local') {
    return html`<form class="form-horizontal" method="post" action="${action}" autocomplete="off">
${token}
${defs.map((d) => html`<div class="form-group">
  ${labelFor(ctx, d)}
  <div class="col-sm-9">${control(ctx, d, values[d.name] ?? '')}${help(d)}</div>
</div>
`)}<div class="form-group"><div class="col-sm-offset-3 col-sm-9">
  <button type="submit" class="btn btn-primary" name="simpan">${submitLabel}</button>
  <a class="btn btn-default" href="${action.replace(/\/(baru|edit\/\d+)$/, '')}">Kembali</a>
</div></div>
</form>`;
  }
  return html`<form method="post" action="${action}" autocomplete="off">
${token}
<table class="table table-sm table-bordered">
<tbody>
${defs.map((d) => html`<tr><th class="bgwarning">${labelFor(ctx, d)}</th><td>${control(ctx, d, values[d.name] ?? '')}${help(d)}</td></tr>
`)}</tbody>
</table>
<button type="submit" class="btn btn-primary btn-sm" name="simpan">${submitLabel}</button>
<a class="btn btn-secondary btn-sm" href="${action.replace(/\/(baru|edit\/\d+)$/, '')}">Kembali</a>
</form>`;
}

/** dd-mm-yyyy, a real calendar date. */
export function isDdMmYyyy(value: string): boolean {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
  return d.getUTCDate() === +m[1] && d.getUTCMonth() === +m[2] - 1;
}

/**
 * SPSE-like validation. GUESS: the exact rules and messages of real SPSE are unknown;
 * these follow the usual Play `validation.required` style in Indonesian.
 */
export function validateAccount(kind: FormKind, fields: Record<string, string>, takenUserIds: Set<string>): string[] {
  const errors: string[] = [];
  const v = (name: string) => (fields[name] ?? '').trim();
  for (const def of FORM_FIELDS[kind]) {
    if (def.required && !v(def.name)) errors.push(`${def.label} wajib diisi`);
  }
  const userId = v('pegawai.peg_namauser');
  if (userId && !/^[A-Za-z0-9._-]{3,30}$/.test(userId)) errors.push('User ID hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung (3-30 karakter)');
  if (userId && takenUserIds.has(userId.toLowerCase())) errors.push(`User ID ${userId} sudah digunakan`);
  const nip = v('pegawai.peg_nip');
  if (nip && !/^\d{18}$/.test(nip)) errors.push('NIP harus 18 digit angka');
  const nik = v('pegawai.peg_nik');
  if (nik && !/^\d{16}$/.test(nik)) errors.push('NIK harus 16 digit angka');
  const email = v('pegawai.peg_email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push('Format Email tidak valid');
  for (const def of FORM_FIELDS[kind]) {
    if (def.type === 'date' && v(def.name) && !isDdMmYyyy(v(def.name))) errors.push(`${def.label} harus tanggal dengan format dd-mm-yyyy`);
  }
  if ((fields['pegawai.passw'] ?? '') !== (fields['pegawai.passw_konfirmasi'] ?? '')) errors.push('Password dan Ulangi Password tidak sama');
  return errors;
}
