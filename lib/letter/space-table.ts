/**
 * A table pasted from a PDF as run-on lines: the cells of a row set apart by single spaces (no tabs,
 * no pipes), and each cell's wrapped pieces on the lines below the row, side by side with the other
 * cells' pieces:
 *
 *   No Nama / NIP Jabatan Telp/HP Alamat Surel
 *   1 Andi Baso, S.E., Ak., Auditor Ahli Muda 0812-4411-2233 andibaso@gmail.com
 *   M.Si., CA
 *   NIP 19800203 200501 1 004
 *   2 Nur Said, S.H. Pengawas Penyelenggaraan 0853-4000-1122 nur.said@pinrang
 *   NIP 19920510 201903 2 008 Urusan Pemerintahan Daerah kab.go.id
 *
 * Under a header naming a name, a jabatan and a phone (in that order), each numbered row holding a
 * phone is rebuilt as labelled lines: the name up to its last academic title (titles wrapped to a line
 * below joined when the name ends in a comma), the jabatan after it up to the phone, the e-mail after
 * the phone (its wrapped tail below joined), the NIP from the "NIP …" line below, and the words beside
 * it the jabatan going on. Every value is flagged; a row that does not split so is left as it is.
 */
import { headerFields } from './people';
import { collapse, isTitleSegment, type Line } from './text';

export const SPACE_TABLE_NOTE = 'Tabel tempelan dari PDF (sel dipisah spasi) disusun ulang — periksa';

const PHONE = /(?:\+62[\s-]?|0)8\d{1,3}(?:[\s.-]?\d{2,4}){2,3}/;
const NIP = /^(?:NIP\.?\s*:?\s*)?(\d{8}\s?\d{6}\s?\d\s?\d{3})\b\s*/i;
const ROW = /^\s*(\d{1,2})[.)]?\s+(\S.*)$/;
/** A domain piece of an e-mail wrapped in its cell ("kab.go.id", "gmail.com"). */
const DOMAIN_TAIL = /\s*([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})$/i;

/** A header line of words only (no tabs, pipes or colons) naming a name, a jabatan and a phone, the jabatan before the phone. */
function spaceHeader(l: Line): boolean {
  // Columns set apart by wide gaps are a space-aligned table (read by its columns' places, people.ts).
  if (/[\t|:]/.test(l.raw) || / {2,}\S/.test(l.raw.trim()) || /\d/.test(l.text) || l.text.length > 90) return false;
  const fields = headerFields(l.text);
  const t = l.text.toLowerCase();
  return fields.includes('name') && fields.includes('position') && fields.includes('phone') && t.indexOf('jabatan') < t.search(/\b(?:hp|telp|telepon|wa)\b/);
}

/** "Name, S.E., Ak., Auditor Ahli Madya" → the name (with its titles) and the jabatan; `open` when the name ends in a comma (more titles below). */
function splitNameJob(text: string): { name: string; job: string; open: boolean } | null {
  const segs = text.split(/,\s+/);
  if (segs.length < 2) return null;
  const name = [segs[0]];
  for (let k = 1; k < segs.length; k++) {
    if (isTitleSegment(segs[k])) {
      name.push(segs[k]);
      continue;
    }
    // "S.H. Auditor Ahli Pertama": titles, then the jabatan after a space.
    const words = segs[k].split(/\s+/);
    let w = 0;
    while (w < words.length && isTitleSegment(words[w]) && /\./.test(words[w])) w++;
    if (w === 0 && k === segs.length - 1 && name.length > 1) return { name: name.join(', '), job: segs.slice(k).join(', '), open: true };
    if (w === 0) return null;
    name.push(words.slice(0, w).join(' '));
    return { name: name.join(', '), job: [words.slice(w).join(' '), ...segs.slice(k + 1)].join(', '), open: false };
  }
  return null;
}

type Row = { name: string; job: string; open: boolean; phone: string; email: string; nip: string | null; lines: Line[] };

function readRow(row: Line, below: Line[]): Row | null {
  const m = ROW.exec(row.text);
  if (!m) return null;
  const phone = PHONE.exec(m[2]);
  if (!phone) return null;
  const split = splitNameJob(m[2].slice(0, phone.index).trim());
  const email = m[2].slice(phone.index + phone[0].length).trim();
  if (!split || !split.job || /\s/.test(email)) return null;
  const r: Row = { ...split, phone: phone[0], email, nip: null, lines: [row, ...below] };
  for (const l of below) {
    let rest = l.text;
    const nip = NIP.exec(rest);
    if (nip) {
      r.nip = nip[1];
      rest = rest.slice(nip[0].length);
    }
    // An e-mail cut in its cell ("nama@", "nama@luwu"): the domain piece at the line's end is its tail.
    const tail = r.email && !/@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i.test(r.email) ? DOMAIN_TAIL.exec(rest) : null;
    if (tail) {
      r.email += tail[1];
      rest = rest.slice(0, tail.index).trim();
    }
    if (!rest) continue;
    if (r.open && !nip && rest.split(/,\s*/).every(isTitleSegment)) r.name += `, ${rest}`;
    else r.job += ` ${rest}`;
  }
  return r;
}

/** The lines with each such table's rows rebuilt as labelled records (flagged in `notes`, by source line). */
export function spaceTables(lines: Line[], notes: Map<number, string>): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!spaceHeader(lines[i])) {
      out.push(lines[i]);
      continue;
    }
    const rebuilt: Line[] = [];
    const sources: number[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j].text && ROW.test(lines[j].text)) {
      let k = j + 1;
      while (k < lines.length && lines[k].text && !ROW.test(lines[k].text)) k++;
      const row = readRow(lines[j], lines.slice(j + 1, k));
      if (!row) break;
      const at = (raw: string): Line => ({ ...lines[j], raw, text: collapse(raw), written: row.lines.map((l) => l.text).join(' / '), layout: true });
      rebuilt.push(at(`Nama : ${row.name}`), ...(row.nip ? [at(`NIP : ${row.nip}`)] : []), at(`Jabatan : ${collapse(row.job)}`), at(`No. HP : ${row.phone}`), ...(row.email ? [at(`Email : ${row.email}`)] : []), { ...lines[j], raw: '', text: '' });
      sources.push(...row.lines.map((l) => l.n));
      j = k;
    }
    if (!rebuilt.length || (j < lines.length && lines[j].text)) {
      out.push(lines[i]);
      continue;
    }
    for (const n of sources) notes.set(n, SPACE_TABLE_NOTE);
    out.push({ ...lines[i], raw: '', text: '' }, ...rebuilt);
    i = j - 1;
  }
  return out;
}
