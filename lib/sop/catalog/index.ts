import { sopSchema, type Sop } from '../schema';
import belitung49 from './belitung-49-registrasi-user-id-auditor.json';
import kaltim from './kaltim-registrasi-verifikator-helpdesk-admin-agency.json';
import kemendagri01 from './kemendagri-01-fasilitasi-pemanfaatan-spse.json';
import oganilir01 from './oganilir-01-registrasi-verifikasi-penyedia.json';
import oganilir02 from './oganilir-02-layanan-helpdesk.json';
import oganilir03 from './oganilir-03-user-id-ulp.json';
import oganilir04 from './oganilir-04-user-id-ppk.json';
import oganilir05 from './oganilir-05-lupa-user-id-password.json';
import oganilir06 from './oganilir-06-dokumen-penawaran-rhs.json';
import sarolangun from './sarolangun-registrasi-verifikasi-penyedia.json';

/** The digitised SOPs from the seeds, one data file each (data, not code). */
export const BUILTIN_SOP_FILES: readonly unknown[] = [
  oganilir01,
  oganilir02,
  oganilir03,
  oganilir04,
  oganilir05,
  oganilir06,
  sarolangun,
  kemendagri01,
  kaltim,
  belitung49,
];

let cache: Sop[] | null = null;

/** All built-in SOPs, validated once and cached. Throws if a data file is invalid (a build bug). */
export function builtinCatalog(): Sop[] {
  if (!cache) {
    cache = BUILTIN_SOP_FILES.map((raw, i) => {
      const r = sopSchema.safeParse(raw);
      if (!r.success) throw new Error(`SOP bawaan #${i} tidak valid: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return r.data;
    });
  }
  return cache;
}

export function getBuiltinSop(id: string): Sop | undefined {
  return builtinCatalog().find((s) => s.id === id);
}
