import type { Case, LetterMeta } from '../log/schema';
import type { Sop } from './schema';
import { suggestSops } from './suggest';

/**
 * Warnings before a case is opened (they warn, never block): the letter number is already a case,
 * or the letter asks for a role the chosen SOP does not serve.
 */
export type CaseWarning =
  | { kind: 'duplicate-letter'; number: string; caseIds: string[] }
  | { kind: 'role-mismatch'; role: string; sopId: string; suggested: string[] };

/** Letter numbers compared without case, spaces and stray punctuation ("027 / ULP / XI / 2026" = "027/ULP/XI/2026"). */
export function letterNumberKey(number: string): string {
  return number.toUpperCase().replace(/[\s.]+/g, '');
}

export function caseWarnings(input: { letter: Pick<LetterMeta, 'number' | 'role'>; sopId: string }, sops: readonly Sop[], existing: readonly Pick<Case, 'id' | 'letter'>[]): CaseWarning[] {
  const out: CaseWarning[] = [];
  const number = input.letter.number?.trim();
  if (number) {
    const key = letterNumberKey(number);
    const same = existing.filter((c) => c.letter.number && letterNumberKey(c.letter.number) === key).map((c) => c.id);
    if (same.length) out.push({ kind: 'duplicate-letter', number, caseIds: same });
  }
  const role = input.letter.role;
  if (role && input.sopId) {
    const suggested = suggestSops(sops, role);
    if (suggested.length && !suggested.includes(input.sopId)) out.push({ kind: 'role-mismatch', role, sopId: input.sopId, suggested });
  }
  return out;
}
