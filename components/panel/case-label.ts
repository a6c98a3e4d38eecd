import type { Lang } from '../../lib/i18n';
import type { Case } from '../../lib/log/schema';
import type { Sop } from '../../lib/sop/schema';
import { tl } from './lifecycle-strings';

/** A case in one line: letter number (or "tanpa surat"), the first person or the sender, the SOP's title. */
export function caseLabel(c: Case, sops: readonly Pick<Sop, 'id' | 'title'>[], lang: Lang): string {
  const sop = sops.find((s) => s.id === c.sopId);
  const who = c.people[0]?.name || c.letter.sender || '';
  return [c.letter.number ?? tl(lang, 'noLetter'), who, sop?.title].filter(Boolean).join(' · ');
}
