/**
 * Shared pieces of the page files: field matchers over the `pegawai` columns (known schema) and
 * the menus of the admin roles. Input names `pegawai.<column>` and ids `pegawai_<column>` are
 * GUESSES (Play 1.x `object.field` binding and #{field} id convention).
 */
import type { FieldMap, FieldMatcher, PageDefInput } from '../routes';

/** name `pegawai.<column>`, any name ending in the column, id `pegawai_<column>`, then labels. */
export function pegawaiField(column: string, labels: string[]): FieldMatcher[] {
  return [{ name: `pegawai.${column}` }, { column }, { id: `pegawai_${column}` }, ...labels.map((label) => ({ label }))];
}

/** The person fields every account form has (Admin Agency, Verifikator, Helpdesk, Auditor, pegawai). */
export const PERSON_FIELDS = {
  userId: pegawaiField('peg_namauser', ['User ID', 'UserID', 'Username', 'Nama User']),
  name: pegawaiField('peg_nama', ['Nama Lengkap', 'Nama', 'Nama Pegawai']),
  nip: pegawaiField('peg_nip', ['NIP']),
  nik: pegawaiField('peg_nik', ['NIK', 'No. KTP']),
  email: pegawaiField('peg_email', ['Email', 'E-mail', 'Alamat Email']),
  phone: pegawaiField('peg_telepon', ['Telepon', 'No. Telepon', 'Telp']),
  mobile: pegawaiField('peg_mobile', ['No. HP', 'No HP', 'Handphone', 'No. Handphone']),
  position: pegawaiField('peg_jabatan', ['Jabatan']),
  golongan: pegawaiField('peg_golongan', ['Golongan']),
  pangkat: pegawaiField('peg_pangkat', ['Pangkat']),
  skNumber: pegawaiField('peg_no_sk', ['No. SK', 'Nomor SK', 'No SK']),
  validUntil: pegawaiField('peg_masa_berlaku', ['Masa Berlaku', 'Masa Berlaku SK', 'Masa Berlaku Akses']),
} satisfies FieldMap;

/** Input names a pegawai-based form is expected to carry (signature). */
export const PERSON_INPUTS = ['pegawai.peg_namauser', 'pegawai.peg_nama', 'pegawai.peg_nip', 'pegawai.peg_email'];
export const PERSON_LABELS = ['User ID', 'Nama Lengkap', 'NIP', 'Email'];

/** Admin PPE menu (GUESS: item texts). */
export const ADMIN_PPE_MENU = ['Admin Agency', 'Verifikator', 'Helpdesk'];
/** Admin Agency menu (known from SPSE 3.x: Home, Identitas, Agency, Satuan Kerja, Paket, Pegawai, Panitia, Catatan/Log Akses, Ganti Password — an LPSE's public guide). */
export const ADMIN_AGENCY_MENU = ['Pegawai', 'Panitia', 'Satuan Kerja'];
/** Verifikator menu (GUESS). */
export const VERIFIKATOR_MENU = ['Verifikasi Penyedia'];

export const EXAMPLE_HOSTS = ['https://lpse.kaltimprov.go.id/eproc4', 'http://lpse.example.ac.id/eproc4', 'https://spse.inaproc.id/lkpp'];

/** Example URLs of a relative path on a local host, another local host and the national slug. */
export function examplesFor(rest: string): string[] {
  return EXAMPLE_HOSTS.map((h) => h + rest);
}

type ListSpec = Pick<PageDefInput, 'id' | 'title' | 'role' | 'urlPatterns' | 'notes'> & { headings: string[]; menuText: string[]; labels?: string[] };
type FormSpec = ListSpec & { inputNames?: string[]; fields?: FieldMap };

/** A list page of accounts: heading + menu, with the usual table columns. */
export function accountList(spec: ListSpec): PageDefInput {
  return {
    id: spec.id,
    title: spec.title,
    role: spec.role,
    urlPatterns: spec.urlPatterns,
    signature: { headings: spec.headings, menuText: spec.menuText, labels: spec.labels ?? ['User ID', 'Nama', 'NIP'] },
    examples: spec.urlPatterns.filter((p) => !p.includes(':')).flatMap(examplesFor),
    notes: spec.notes,
  };
}

/** A create/edit form of a pegawai-based account: heading + person inputs + labels. */
export function accountForm(spec: FormSpec): PageDefInput {
  return {
    id: spec.id,
    title: spec.title,
    role: spec.role,
    urlPatterns: spec.urlPatterns,
    signature: {
      headings: spec.headings,
      menuText: spec.menuText,
      inputNames: spec.inputNames ?? PERSON_INPUTS,
      labels: spec.labels ?? PERSON_LABELS,
      buttons: ['Simpan'],
    },
    fields: spec.fields ?? PERSON_FIELDS,
    examples: spec.urlPatterns.map((p) => p.replace(/:[a-zA-Z]+/g, '12')).flatMap(examplesFor),
    notes: spec.notes,
  };
}
