
/** Small text helpers shared by the SOP drafter. */

export type Line = { text: string; cells: string[]; index: number };

/** Markdown emphasis and stray OCR frame characters removed; tabs kept (they separate cells). */
export function cleanLine(s: string): string {
  return s
    .replace(/\*\*|__/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/ +$/g, '');
}

export function toLines(text: string): Line[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => {
      const t = cleanLine(raw);
      return { text: t, cells: t.split('\t').map((c) => c.replace(/\s+/g, ' ').trim()), index };
    });
}

export const isBlank = (l: Line) => !l.text.trim();

/** Words in sentence case: "PELAYANAN HELPDESK DI LPSE" → "Pelayanan Helpdesk di LPSE". */
export function titleCase(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t || t !== t.toUpperCase() || !/[A-Z]{3}/.test(t)) return t;
  const small = new Set(['dan', 'di', 'ke', 'dari', 'bagi', 'atau', 'yang', 'pada', 'untuk', 'melalui', 'dalam', 'dengan', 'oleh', 'serta']);
  const acronyms = /^(\(?(LPSE|SPSE|PPE|ULP|PPK|APIP|APH|LKPP|UKPBJ|SKPD|OPD|SOP|ID|RHS|\.RHS|SK|PBJ|BPK|BPKP|KPK|UU|PP|NIP|LAN|WAN)\)?[.,;:]?)$/;
  return t
    .split(' ')
    .map((w, i) => {
      if (acronyms.test(w)) return w;
      if (w.includes('/')) return w.split('/').map((p) => (acronyms.test(p) ? p : p.charAt(0) + p.slice(1).toLowerCase())).join('/');
      const lower = w.toLowerCase();
      if (i > 0 && small.has(lower)) return lower;
      return w.charAt(0) + w.slice(1).toLowerCase();
    })
    .join(' ');
}

/**
 * A list written as "1. a 2. b", one item a line, "- a", or "1) a": the items, with wrapped lines
 * joined. Numbers must count up from 1 to split inline, so "Nomor 54 tahun 2010" never splits.
 */
export function splitItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  let next = 1;
  const push = (s: string) => {
    const t = s.replace(/\s+/g, ' ').replace(/^[|;,\s]+|[|\s]+$/g, '').trim();
    if (t) items.push(t);
  };
  let current = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const bullet = /^[-•·*]\s+(.*)$/.exec(line);
    if (bullet) {
      push(current);
      current = bullet[1];
      continue;
    }
    let rest = line;
    // Walk the line, cutting at "N." / "N)" where N is the number we expect next.
    for (;;) {
      const re = new RegExp(`(^|[\\s|])${next}\\s*[.)]\\s+`);
      const m = re.exec(rest);
      if (!m) break;
      const before = rest.slice(0, m.index + m[1].length);
      if (m.index > 0 || current) current += ' ' + before;
      push(current);
      current = '';
      rest = rest.slice(m.index + m[0].length);
      next++;
    }
    current += ' ' + rest;
  }
  push(current);
  return items;
}
