import type { Lang } from '../i18n';
import type { PersonAttribute } from '../spse/routes';

/**
 * Human names of the person attributes, as SPSE forms label them (Bahasa Indonesia first).
 * The fill plan carries the Indonesian label; the preview may show the English one.
 */
export const ATTRIBUTE_LABELS: Record<PersonAttribute, { id: string; en: string }> = {
  userId: { id: 'User ID', en: 'User ID' },
  name: { id: 'Nama Lengkap', en: 'Full name' },
  nip: { id: 'NIP', en: 'NIP (civil-servant no.)' },
  nik: { id: 'NIK', en: 'NIK (ID card no.)' },
  email: { id: 'Email', en: 'Email' },
  phone: { id: 'Telepon', en: 'Telephone' },
  mobile: { id: 'No. HP', en: 'Mobile phone' },
  address: { id: 'Alamat', en: 'Address' },
  position: { id: 'Jabatan', en: 'Position' },
  golongan: { id: 'Golongan', en: 'Rank group (golongan)' },
  pangkat: { id: 'Pangkat', en: 'Rank (pangkat)' },
  skNumber: { id: 'No. SK', en: 'Decree (SK) no.' },
  validUntil: { id: 'Masa Berlaku', en: 'Valid until' },
  pbjCertificate: { id: 'No. Sertifikat PBJ', en: 'Procurement certificate no.' },
  agency: { id: 'Instansi', en: 'Agency' },
  satker: { id: 'Satuan Kerja', en: 'Work unit (satker)' },
  roles: { id: 'Peran', en: 'Roles' },
  assignmentLetterNumber: { id: 'No. Surat Tugas', en: 'Assignment letter no.' },
  assignmentLetterDate: { id: 'Tanggal Surat Tugas', en: 'Assignment letter date' },
  note: { id: 'Keterangan', en: 'Note' },
};

export function attributeLabel(attribute: PersonAttribute, lang: Lang = 'id'): string {
  const l = ATTRIBUTE_LABELS[attribute];
  return l ? l[lang] ?? l.id : attribute;
}
