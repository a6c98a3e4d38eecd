import type { Slot } from './people';

/**
 * A "Peran" column (or "Peran: …" line) holding only an SPSE role name ("PP", "PPK", "Pejabat
 * Pengadaan") names the account asked for, not the person's jabatan: a team place ("Ketua",
 * "Anggota Pokja") stays a position.
 */
const ACCOUNT_ROLE = /^(?:PP|PPK|PA|KPA|Pejabat\s+Pengadaan|Pejabat\s+Pembuat\s+Komitmen|Auditor|Verifikator|Help\s?desk|Admin(?:istrator)?\s+Agen(?:cy|si)|Operator(?:\s+SPSE)?)\.?$/i;

export const isAccountRole = (value: string): boolean => ACCOUNT_ROLE.test(value.trim());

/** Rank a team column's value gets (see people.ts rankOf). */
const TEAM_RANK = 2;

/** The position slot, or nothing when it is a role column's bare SPSE role. */
export function withoutAccountRole(slot: Slot): Slot | undefined {
  return slot.rank === TEAM_RANK && isAccountRole(slot.value) ? undefined : slot;
}

/** A "Jabatan / Peran" column header: its cells hold the jabatan, then the SPSE role behind " / ". */
export const isPositionRoleHeader = (header: string): boolean => /^jabatan\s*\/\s*peran\b/i.test(header.trim());

/** "Kepala Subbagian Umum / PPK" in a "Jabatan / Peran" column: the role is taken off the jabatan, flagged. */
export function withoutRoleAfterSlash(slot: Slot): Slot {
  const at = slot.value.lastIndexOf(' / ');
  const role = at > 0 ? slot.value.slice(at + 3) : '';
  return role && isAccountRole(role) ? { ...slot, value: slot.value.slice(0, at).trim(), note: `Peran SPSE ${role.trim()} dilepas dari jabatan — periksa` } : slot;
}
