import { KEPT_VALUE_NOTE } from './people';
import { collapse, type Line } from './text';

/*
 * A change letter with a small table under each person: the person's line ("1. Name (NIP …)"), then
 * `Data | Semula | Menjadi` and a row per changed field ("Jabatan | old | new"). Rewritten as the
 * person's labelled record: the Menjadi value, or the Semula one where Menjadi says "(tetap)"
 * (flagged: the value is taken from the old column).
 */

const HEAD = [/^data$/i, /^(?:semula|lama|data\s+lama)$/i, /^(?:menjadi|baru|data\s+baru)$/i];
const PERSON = /^\s*((?:\d{1,2}|[a-z])[.)])\s+(.+?)\s*\(\s*NIP\.?\s*:?\s*([\d ]{18,24})\s*\)[.,;:]?\s*$/i;
const KEPT = /^[([]?\s*(?:tetap|tidak\s+berubah|sama)\s*[)\]]?$|^-?$/i;

const cells = (l: Line) => l.raw.split(/\t+/).map((c) => c.trim());
const written = (n: number, raw: string, from: Line): Line => ({ n, raw, text: collapse(raw), written: from.written ?? from.text, layout: true });

export function semulaMenjadiTables(lines: Line[], byOrigin: Map<number, string>): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = cells(lines[i]);
    const person = out.length ? PERSON.exec(out[out.length - 1].raw) : null;
    if (!(head.length === 3 && HEAD.every((re, k) => re.test(head[k])) && person && out[out.length - 1].n === lines[i - 1]?.n)) {
      out.push(lines[i]);
      continue;
    }
    const personLine = out.pop()!;
    out.push(written(personLine.n, `${person[1]} Nama : ${person[2]}`, personLine), written(personLine.n, `   NIP : ${person[3].trim()}`, personLine));
    let j = i + 1;
    for (; j < lines.length && cells(lines[j]).length === 3; j++) {
      const [key, before, after] = cells(lines[j]);
      const kept = KEPT.test(after);
      if (kept) byOrigin.set(lines[j].n, KEPT_VALUE_NOTE);
      out.push(written(lines[j].n, `   ${key} : ${kept ? before : after}`, lines[j]));
    }
    i = j - 1;
  }
  return out;
}
