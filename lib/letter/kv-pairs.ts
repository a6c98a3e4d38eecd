/**
 * One person's fields set in two label columns, two fields a line (a layout table in a Word letter
 * printed to PDF): "Nama : A<TAB>NIP : 1984…" / "Jabatan : …<TAB>Telp/HP : …". Each line becomes two
 * "Label : value" lines (same source line). Also in such a block:
 *  - a cell wrapped to the next line, under the right column ("<TAB><TAB><TAB>031"): joined to the
 *    right-hand value (flagged: joined from several lines);
 *  - a label wrapped around its value ("Alamat" / ": a@b.id" / "Surel"): "Alamat Surel : a@b.id".
 * Two columns with the same labels (two people side by side) are left to `sideBySide`.
 */
import { classifyKey, JOINED_NOTE, normKey } from './people';
import { collapse, type Line } from './text';

type Unit = { label: string; value: string };

const LABEL = /^[A-Za-z][A-Za-z .\/()-]{0,30}$/;

/** "Label : value<TAB>Label : value" with two different field labels, else null. */
function pairUnits(raw: string): [Unit, Unit] | null {
  const cells = raw.replace(/\s+$/, '').split(/\t| {2,}/).map((c) => c.trim());
  if (cells[0] === '') return null;
  const units: Unit[] = [];
  for (let k = 0; k < cells.length; ) {
    const joined = LABEL.test(cells[k]) && cells[k + 1]?.startsWith(':') ? `${cells[k]} ${cells[k + 1]}` : cells[k];
    const m = /^([A-Za-z][A-Za-z .\/()-]{0,30}?)\s*:\s*(.*)$/.exec(joined);
    if (!m || !m[2]) return null;
    units.push({ label: m[1].trim(), value: m[2].trim() });
    k += joined === cells[k] ? 1 : 2;
  }
  if (units.length !== 2) return null;
  const [a, b] = units;
  const ka = classifyKey(a.label);
  const kb = classifyKey(b.label);
  return ka !== 'other' && kb !== 'other' && ka !== kb && normKey(a.label) !== normKey(b.label) ? [a, b] : null;
}

/** The text of a cell under the right column: 2 or more empty cells first, one short piece. */
function rightContinuation(raw: string): string | null {
  const m = /^(?:\s*\t){2,}\s*([^\t:]{1,30})$/.exec(raw);
  return m ? m[1].trim() : null;
}

/** "Alamat" / ": value" / "Surel" → the label and value, when the two words make a field label. */
function wrappedLabel(lines: readonly Line[], i: number): Unit | null {
  const [a, v, b] = [lines[i], lines[i + 1], lines[i + 2]];
  if (!a || !v || !b || !/^[A-Za-z]+$/.test(a.text) || !/^[A-Za-z]+$/.test(b.text)) return null;
  const m = /^\s*:\s*(\S.*)$/.exec(v.raw);
  const label = `${a.text} ${b.text}`;
  return m && classifyKey(label) !== 'other' ? { label, value: m[1].trim() } : null;
}

const rewrite = (raw: string, from: Line, written: string): Line => ({ ...from, raw, text: collapse(raw), written, layout: true });

/** The lines with two-field lines split; `notes` gets the joined lines' note (keyed by source line). */
export function splitFieldPairs(lines: Line[], notes: Map<number, string>): Line[] {
  const pairs = lines.map((l) => pairUnits(l.raw));
  if (!pairs.some((p, i) => p && p.some((u) => ['name', 'nip'].includes(classifyKey(u.label))) && pairs.some((q, j) => q && j !== i))) return lines;
  const out: Line[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const pair = pairs[i];
    if (pair) {
      inBlock = true;
      const [a, b] = pair;
      out.push(rewrite(`${a.label} : ${a.value}`, lines[i], lines[i].text));
      const more = lines[i + 1] ? rightContinuation(lines[i + 1].raw) : null;
      if (more) {
        const from = lines[i + 1];
        out.push(rewrite(`${b.label} : ${b.value} ${more}`, from, `${lines[i].text} / ${from.text}`));
        notes.set(from.n, JOINED_NOTE);
        i++;
      } else out.push(rewrite(`${b.label} : ${b.value}`, lines[i], lines[i].text));
      continue;
    }
    const wrapped = inBlock ? wrappedLabel(lines, i) : null;
    if (wrapped) {
      out.push(rewrite(`${wrapped.label} : ${wrapped.value}`, lines[i + 1], `${lines[i].text} / ${lines[i + 1].text} / ${lines[i + 2].text}`));
      i += 2;
      continue;
    }
    if (!lines[i].text || /^\d{1,2}[.)]$/.test(lines[i].text)) {
      out.push(lines[i]);
      continue;
    }
    if (!/^[A-Za-z][^:]{0,30}:/.test(lines[i].text)) inBlock = false;
    out.push(lines[i]);
  }
  return out;
}

export const COMBINED_LABEL_NOTE = 'Label gabungan ("Nama / NIP : … / …") dibagi di garis miring — periksa';

/**
 * "Nama / NIP : A / 1984…", "Jabatan / Unit : Kepala Seksi / Bagian Umum", "a. Nama/Pangkat : A /
 * Komisaris Polisi", "Nama/Pangkat/NRP : A / Penata / 8512…": one label naming two or three
 * different things (the first a person's field), its value as many parts set apart by " / ". Each part
 * goes on a line of its own under its own label (same source line, a list mark kept on the first;
 * flagged). A label naming one field twice ("HP / WA : a / b") or no person field first ("Pangkat /
 * Gol.") is left as it is.
 */
export function splitCombinedLabels(lines: Line[], notes: Map<number, string>): Line[] {
  return lines.flatMap((l) => {
    const m = /^(\s*)((?:[a-z]|\d{1,2})[.)]\s+)?([A-Za-z][A-Za-z .()-]{0,20}?(?:\s*\/\s*[A-Za-z][A-Za-z .()-]{0,20}?){1,2})\s*:\s*(\S.*)$/.exec(l.raw);
    if (!m) return [l];
    const [, indent, mark = '', label, value] = m;
    const labels = label.split('/').map((x) => x.trim());
    const parts = value.split(/\s+\/\s+/);
    const kinds = labels.map(classifyKey);
    const fields = kinds.filter((k) => k !== 'other');
    if (parts.length !== labels.length || kinds[0] === 'other' || new Set(fields).size !== fields.length || new Set(labels.map(normKey)).size !== labels.length) return [l];
    notes.set(l.n, COMBINED_LABEL_NOTE);
    const under = indent + ' '.repeat(mark.length);
    return labels.map((name, k) => rewrite(`${k ? under : indent + mark}${name} : ${parts[k].trim()}`, l, l.text));
  });
}

/** The label a line of inline labels set apart by ";" ends in, still without its value ("…; Email:"), or null. */
function openLabel(text: string): string | null {
  if (!text.endsWith(':')) return null;
  const tail = text.slice(text.lastIndexOf(';') + 1);
  const m = text.includes(';') ? /^\s*([A-Za-z][A-Za-z .\/()-]{0,20}?)\s*:$/.exec(tail) : null;
  return m && classifyKey(m[1]) !== 'other' ? m[1] : null;
}

/**
 * "1. Nama: A; NIP: 1985…;" ⏎ "   Jabatan: …; Email:" ⏎ "   a@b.id; HP: 0823…" (a record of inline
 * labels wrapped by the page): a line ending in a person's label without its value goes on with the
 * next line (indented, not a label line of its own), as often as it ends so.
 */
export function joinOpenInlineLabels(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    while (openLabel(l.text)) {
      const next = lines[i + 1];
      if (!next || !next.text || !/^\s/.test(next.raw) || /^[A-Za-z][A-Za-z .\/()-]{0,20}:/.test(next.text)) break;
      l = rewrite(`${l.raw.replace(/\s+$/, '')} ${next.text}`, l, `${l.written ?? l.text} / ${next.text}`);
      i++;
    }
    out.push(l);
  }
  return out;
}
