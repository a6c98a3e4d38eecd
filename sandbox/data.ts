/**
 * Seed data of the sandbox: accounts that already exist (so "User ID sudah digunakan" can be
 * tested), vendors waiting for verification and role-access requests on the central account site.
 * All names are fictitious.
 */

export type AccountKind = 'adminagency' | 'verifikator' | 'helpdesk' | 'auditor' | 'pegawai';

export type Account = {
  id: number;
  kind: AccountKind;
  userId: string;
  nama: string;
  nip: string;
  email: string;
  jabatan: string;
  roles: string;
  aktif: boolean;
};

export type Vendor = {
  id: number;
  nama: string;
  npwp: string;
  email: string;
  tglDaftar: string;
  status: 'Menunggu Verifikasi' | 'Terverifikasi' | 'Ditolak';
  alamat: string;
  bentukUsaha: string;
};

export type AccessRequest = {
  id: number;
  nama: string;
  nik: string;
  email: string;
  tipeProfil: string;
  role: string;
  golongan: string;
  jenisInstansi: string;
  namaInstansi: string;
  satuanKerja: string;
  masaBerlaku: string;
  npwpSatker: string;
  divisi: string;
  alamatSatker: string;
  previousUsername: string;
  suratTugas: string;
  status: 'Menunggu Persetujuan' | 'Disetujui' | 'Ditolak';
};

export function seedAccounts(): Account[] {
  const a = (id: number, kind: AccountKind, userId: string, nama: string, nip: string, jabatan: string, roles: string): Account => ({
    id,
    kind,
    userId,
    nama,
    nip,
    email: `${userId}@contoh.go.id`,
    jabatan,
    roles,
    aktif: true,
  });
  return [
    a(1, 'adminagency', 'admin', 'Administrator Sistem', '198001012005011001', 'Admin PPE', 'ADM_PPE'),
    a(2, 'adminagency', 'agency.dinkes', 'Rina Marlina', '198503152010012003', 'Pengelola Pengadaan', 'ADM_AGENCY'),
    a(3, 'verifikator', 'verif01', 'Budi Santoso', '198707202011011002', 'Verifikator LPSE', 'VERIFIKATOR'),
    a(4, 'helpdesk', 'helpdesk01', 'Sari Dewi', '199001102015032001', 'Helpdesk LPSE', 'HELPDESK'),
    a(5, 'auditor', 'auditor.bpk01', 'Agus Wibowo', '197812312003121004', 'Auditor Ahli Madya', 'AUDITOR'),
    a(6, 'pegawai', 'ppk01', 'Dewi Lestari', '198206062008012010', 'Kepala Bidang', 'PPK'),
    a(7, 'pegawai', 'pokja01', 'Hendra Gunawan', '198811112012121001', 'Analis Pengadaan', 'PANITIA'),
    a(8, 'pegawai', 'pp01', 'Yuni Astuti', '199204042019032008', 'Pejabat Pengadaan', 'PP'),
  ];
}

export function seedVendors(): Vendor[] {
  return [
    { id: 101, nama: 'CV Maju Jaya', npwp: '01.234.567.8-901.000', email: 'info@majujaya.co.id', tglDaftar: '02-01-2026', status: 'Menunggu Verifikasi', alamat: 'Jl. Merdeka No. 1, Samarinda', bentukUsaha: 'CV' },
    { id: 102, nama: 'PT Sinar Konstruksi', npwp: '02.345.678.9-012.000', email: 'admin@sinarkonstruksi.co.id', tglDaftar: '05-01-2026', status: 'Menunggu Verifikasi', alamat: 'Jl. Sudirman No. 12, Balikpapan', bentukUsaha: 'PT' },
    { id: 103, nama: 'PT Teknologi Nusantara', npwp: '03.456.789.0-123.000', email: 'kontak@teknus.co.id', tglDaftar: '10-12-2025', status: 'Terverifikasi', alamat: 'Jl. Gatot Subroto No. 5, Jakarta', bentukUsaha: 'PT' },
  ];
}

export function seedAccessRequests(): AccessRequest[] {
  return [
    { id: 9001, nama: 'Siti Rahmawati', nik: '6471015506880002', email: 'siti.rahma@kaltimprov.go.id', tipeProfil: 'Aparatur Sipil Negara (ASN)', role: 'PPK', golongan: 'III/d', jenisInstansi: 'Pemerintah Daerah Provinsi', namaInstansi: 'Pemerintah Provinsi Kalimantan Timur', satuanKerja: 'Dinas Pekerjaan Umum', masaBerlaku: '31-12-2026', npwpSatker: '00.123.456.7-721.000', divisi: 'Bidang Bina Marga', alamatSatker: 'Jl. Tepian No. 3, Samarinda', previousUsername: 'siti.pu', suratTugas: 'SK-PPK-2026-014.pdf', status: 'Menunggu Persetujuan' },
    { id: 9002, nama: 'Ahmad Fauzi', nik: '6472021203850001', email: 'ahmad.fauzi@inspektorat.go.id', tipeProfil: 'Aparatur Sipil Negara (ASN)', role: 'APIP', golongan: 'IV/a', jenisInstansi: 'Pemerintah Daerah Provinsi', namaInstansi: 'Pemerintah Provinsi Kalimantan Timur', satuanKerja: 'Inspektorat Daerah', masaBerlaku: '30-06-2026', npwpSatker: '00.234.567.8-721.000', divisi: 'Irban III', alamatSatker: 'Jl. Kesuma Bangsa No. 2, Samarinda', previousUsername: '', suratTugas: 'ST-AUDIT-2026-007.pdf', status: 'Menunggu Persetujuan' },
  ];
}

export const GOLONGAN = ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'];

export const AGENCIES = [
  { id: '1', nama: 'Dinas Kesehatan' },
  { id: '2', nama: 'Dinas Pekerjaan Umum' },
  { id: '3', nama: 'Badan Perencanaan Pembangunan Daerah' },
];

export const SATKER = [
  { id: '11', nama: 'Sekretariat Dinas Kesehatan', agency: 'Dinas Kesehatan' },
  { id: '21', nama: 'Bidang Bina Marga', agency: 'Dinas Pekerjaan Umum' },
  { id: '31', nama: 'Sekretariat Bappeda', agency: 'Badan Perencanaan Pembangunan Daerah' },
];
