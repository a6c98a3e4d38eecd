import type { PersonAttribute } from './routes';

/** Visible names of the person attributes a form field can be mapped to. */
export const ATTRIBUTE_LABELS: Record<PersonAttribute, { id: string; en: string }> = {
  userId: { id: 'User ID', en: 'User ID' },
  name: { id: 'Nama lengkap', en: 'Full name' },
  nip: { id: 'NIP', en: 'NIP' },
  nik: { id: 'NIK', en: 'NIK' },
  email: { id: 'Email', en: 'Email' },
  phone: { id: 'Telepon', en: 'Phone' },
  mobile: { id: 'No. HP', en: 'Mobile' },
  address: { id: 'Alamat', en: 'Address' },
  position: { id: 'Jabatan', en: 'Position' },
  golongan: { id: 'Golongan', en: 'Rank group' },
  pangkat: { id: 'Pangkat', en: 'Rank' },
  skNumber: { id: 'No. SK', en: 'Decree no.' },
  validUntil: { id: 'Masa berlaku', en: 'Valid until' },
  pbjCertificate: { id: 'No. sertifikat PBJ', en: 'Procurement certificate no.' },
  agency: { id: 'Instansi', en: 'Agency' },
  satker: { id: 'Satuan kerja', en: 'Work unit' },
  roles: { id: 'Peran', en: 'Roles' },
  assignmentLetterNumber: { id: 'No. surat tugas', en: 'Assignment letter no.' },
  assignmentLetterDate: { id: 'Tanggal surat tugas', en: 'Assignment letter date' },
  note: { id: 'Keterangan', en: 'Note' },
  satkerCode: { id: 'Kode satker', en: 'Work unit code' },
  packageName: { id: 'Nama paket', en: 'Package name' },
};

/**
 * The attributes offered when teaching a form page: every one (the person data a letter carries
 * first, then the unit, roles, surat tugas, dates), so that any input of any page can be mapped.
 */
export const TEACHABLE_ATTRIBUTES: PersonAttribute[] = [
  'userId', 'name', 'nip', 'nik', 'email', 'mobile', 'phone', 'position', 'golongan', 'pangkat', 'skNumber', 'pbjCertificate', 'address',
  'agency', 'satkerCode', 'satker', 'roles', 'assignmentLetterNumber', 'assignmentLetterDate', 'validUntil', 'packageName', 'note',
];
