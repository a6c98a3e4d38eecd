import type { Sop } from './schema';

/**
 * Which built-in SOP fits a letter's requested role. An LPSE's own SOPs come first when their
 * title mentions the role. Returns SOP ids, best first.
 */
const ROLE_WORDS: Record<string, RegExp> = {
  auditor: /auditor/i,
  ppk: /\bppk\b|pejabat pembuat komitmen/i,
  pp: /\bpp\b|pejabat pengadaan/i,
  pokja: /\bulp\b|pokja|panitia/i,
  'admin-agency': /admin agency/i,
  verifikator: /verifikator/i,
  helpdesk: /helpdesk/i,
  'password-reset': /lupa (user ?id|password)/i,
  penyedia: /penyedia|rekanan/i,
};

export function suggestSops(sops: readonly Sop[], role: string | null | undefined): string[] {
  if (!role || !ROLE_WORDS[role]) return [];
  const re = ROLE_WORDS[role];
  return sops.filter((s) => re.test(s.title)).map((s) => s.id);
}
