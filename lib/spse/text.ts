/** Text helpers shared by recognition and field location. */

/** Lower case, no `*` or trailing `:`, single spaces: "  User ID <span>*</span> :" → "user id". */
export function normText(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(/[*:]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}
