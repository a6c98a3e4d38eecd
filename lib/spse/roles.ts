/**
 * SPSE's role codes for the roles a request letter asks for (site knowledge). KNOWN: usergroup
 * codes PPK and PANITIA (the pegawai form's checkboxes, lib/spse/pages/pegawai-form.ts); the
 * Pokja is "PANITIA" in SPSE. Other roles (PP) have no known code: the panel asks once per sender.
 */
export const ROLE_CODES: Readonly<Record<string, string>> = Object.freeze({ ppk: 'PPK', pokja: 'PANITIA' });
