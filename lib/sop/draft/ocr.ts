import { fold } from './lanes';
import { emptyRow, TABLE_END, type RawRow, type TableRead } from './rows';
import type { Line } from './text';

/**
 * The step table from OCR or plain text without cells: columns run together on one line and rows
 * wrap over several. Rows are found by their number ("1 |", "7.") or, without numbers, by the
 * one mutu baku time each row has; the activity is the left part of each line.
 */

const UNIT = '(?:menit|mnt|jam|hari\\s+kerja|hari|minggu)';
const SAME_LINE = new RegExp(`(\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|s\\.?\\s*d\\.?)\\s*\\d+)?(?:\\s*\\([a-z]+\\))?(?:\\s*x\\s*\\d+)?)\\s*${UNIT}\\b`, 'i');
const LONE_UNIT = new RegExp(`(?:^|\\s|\\|)(${UNIT})\\b`, 'i');
const WINDOW = /setiap\s+hari/i;

type Found = { text: string; line: number; col: number };

/** The time standard of the row that starts at `lines[i]`, looking at most `span` lines down. */
function durationAt(lines: readonly Line[], i: number, used: Set<number>): Found | null {
  const t = lines[i].text;
  if (WINDOW.test(t)) {
    const joined = lines.slice(i, i + 5).map((l) => l.text).join(' ');
    const m = /(\d{1,2})[.:](\d{2})\s*-(?:\s*[^\d\s]\S*){0,6}?\s*(\d{1,2})[.:](\d{2})\s*(wib|wita|wit)?/i.exec(joined);
    if (m) {
      const kerja = /kerja/i.test(joined.slice(0, m.index));
      return { text: `Setiap hari${kerja ? ' kerja' : ''} pukul ${m[1]}.${m[2]}-${m[3]}.${m[4]}${m[5] ? ` ${m[5].toLowerCase()}` : ''}`, line: i, col: t.search(WINDOW) };
    }
  }
  const same = SAME_LINE.exec(t);
  if (same && !/^\s*\d+\s*\)/.test(t.slice(same.index))) return { text: same[0].replace(/\s+/g, ' ').trim(), line: i, col: same.index };
  if (/\bn\/a\b/i.test(t)) return { text: 'N/A', line: i, col: t.search(/n\/a/i) };
  const next = lines.slice(i + 1, i + 3).find((l) => l.text.trim());
  if (!next) return null;
  if (/\btidak\b/i.test(t) && /^\W*\s*ditentukan\b|\sditentukan\b/i.test(next.text)) return { text: 'Tidak ditentukan', line: i, col: t.search(/\btidak\b/i) };
  const unit = LONE_UNIT.exec(next.text);
  if (unit && !used.has(next.index) && !SAME_LINE.test(next.text)) {
    // "15-30 ... ⏎ ... menit": the number ends the time cell on this line, the unit wraps below.
    const words = t.split(/\s+/);
    for (let w = 1; w < words.length; w++) {
      const m = /^(\d{1,3}(?:-\d{1,3})?)$/.exec(words[w]);
      if (!m) continue;
      let num = m[1];
      if (/^\([a-z]+\)$/i.test(words[w + 1] ?? '')) num += ` ${words[w + 1]}`;
      used.add(next.index);
      return { text: `${num} ${unit[1].replace(/\s+/g, ' ')}`, line: i, col: t.indexOf(words[w]) };
    }
  }
  return null;
}

const JUNK = /^(?:[^A-Za-z0-9(]|[A-Za-z](?![a-z])|\d+\)?|mulai|selesai|\|)$/i;

/** The activity part of one OCR line: up to a flowchart mark, a column break or the time. */
function activityPart(text: string, stopAt: number): string {
  const src = stopAt >= 0 ? text.slice(0, stopAt) : text;
  const words = src.replace(/\|/g, ' | ').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const [k, w] of words.entries()) {
    if (JUNK.test(w) && !/^(?:&|-|\/|a|e-\w*)$/i.test(w)) break;
    if (k > 0 && /^[A-Z][a-z]{2,}/.test(w) && !/^(?:Website|Faq|Pokja|Kabid|Kasubbid|Kapusdatinkomtel|Ketua|Kepala|Admin|Password|User|Surat|Nota|Penyedia)$/.test(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

/** A line that starts an activity: "Mencatat, mengagendakan", "Login dan", "Menerima Hasil". */
const startsLikeActivity = (t: string) => {
  const s = t.trim();
  if (/^[A-Z][a-z\\{}']{2,},?\s+(?:[a-z(&]|e-)/.test(s)) return true;
  return /^(?:Me|Di|Ber|Ter|Pe)[a-z]{4,},?\s+[A-Z][a-z]/.test(s);
};
const verbStart = (t: string) => /^(?:me|di|ber|ter)[a-z]{3,}\b/i.test(t.trim());

/** Header lines of the table (possibly repeated on later pages). */
export function isOcrHeader(text: string): boolean {
  const f = fold(text);
  return /uraian|^no\s+kegiatan/.test(f) || /^pelaksana\s+mutu\s*baku/.test(f) || /^\d+(?:\s+\d+){4,}$/.test(f);
}

/** Read rows from the OCR lines after the header, until the signature block. */
export function readOcrTable(lines: readonly Line[], from: number): { rows: RawRow[]; end: number; flags: TableRead['flags'] } {
  let end = from;
  const body: Line[] = [];
  for (; end < lines.length; end++) {
    const t = lines[end].text.trim();
    if (!t) continue;
    if (TABLE_END.test(t) || /^selesai$/i.test(t)) break;
    if (isOcrHeader(t)) {
      // A header repeated on the next page: skip it and its wrapped second line.
      const n = lines[end + 1]?.text.trim() ?? '';
      if (n && !startsLikeActivity(n) && !/^\d/.test(n)) end++;
      continue;
    }
    if (t.replace(/[^A-Za-z]/g, '').length < 2) continue;
    body.push(lines[end]);
  }
  const numbered = body.findIndex((l) => /^\s*1\s*[|.]?\s+[A-Z]/.test(l.text)) === 0;
  const used = new Set<number>();
  const times = body.map((l) => durationAt(lines, l.index, used));
  // Row starts.
  const starts: number[] = [];
  if (numbered) {
    let expected = 1;
    body.forEach((l, k) => {
      const m = /^\s*(\d{1,2}|[a-z])\s*[|.]?\s+[A-Z]/.exec(l.text);
      if (!m) return;
      if (m[1] === String(expected) || (/^[a-z]$/.test(m[1]) && k > 0 && !/^\s*\d/.test(body[k - 1].text))) {
        starts.push(k);
        expected++;
      }
    });
  } else {
    let last = -1;
    const anchors = times.map((f, k) => (f ? k : -1)).filter((k) => k >= 0);
    for (const a of anchors) {
      let s = a;
      // The first row: its earliest activity-like line, unless the time sits on an activity line.
      const earliest = !starts.length && !startsLikeActivity(body[a].text) ? body.findIndex((l, k) => k <= a && startsLikeActivity(l.text)) : -1;
      if (earliest >= 0) {
        starts.push(earliest);
        last = a;
        continue;
      }
      for (let k = a; k > last; k--) {
        if (startsLikeActivity(body[k].text) || /^\s*\d{1,2}\s*[.|]\s+[A-Z]/.test(body[k].text)) {
          s = k;
          break;
        }
      }
      if (!starts.length && s > 0 && body.slice(0, s).some((l) => startsLikeActivity(l.text))) {
        starts.push(body.findIndex((l) => startsLikeActivity(l.text)));
      }
      starts.push(s);
      last = a;
    }
    // A trailing row without a time ("Menerima hasil pengujian").
    for (let k = last + 1; k < body.length; k++) {
      if (verbStart(body[k].text) && startsLikeActivity(body[k].text) && k > last + 1) {
        starts.push(k);
        break;
      }
    }
  }
  const rows: RawRow[] = [];
  const flags: TableRead['flags'] = [];
  starts.forEach((s, r) => {
    const e = starts[r + 1] ?? body.length;
    const row = emptyRow();
    const block = body.slice(s, e);
    const num = /^\s*(\d{1,2})\s*[|.]?\s+/.exec(block[0].text);
    row.sourceNo = numbered && num ? num[1] : null;
    let time: Found | null = null;
    for (const l of block) {
      const k = body.indexOf(l);
      if (times[k]) {
        time = times[k];
        break;
      }
    }
    row.time = time?.text ?? '';
    const parts: string[] = [];
    for (const l of block) {
      let text = l.text;
      if (l === block[0] && num) text = text.slice(num[0].length);
      const cut = time && time.line === l.index ? Math.max(0, time.col - (l.text.length - text.length)) : -1;
      const part = activityPart(text, cut);
      if (part) parts.push(part);
    }
    row.activity = parts.join(' ').replace(/\s+([,.])/g, '$1').replace(/(\w)- (\w)/g, '$1$2');
    if (time) {
      const anchor = lines[time.line].text;
      const after = anchor.slice(time.col + time.text.length).replace(/^[\s|]+/, '');
      row.output = after.replace(/^\S*menit\S*\s*/i, '').trim();
    }
    const all = block.map((l) => l.text).join(' ');
    if (/\bmulai\b/i.test(all)) row.marks.set(-1, 'Mulai');
    if (/\bselesai\b/i.test(all) && r === starts.length - 1) row.marks.set(-2, 'Selesai');
    row.raw = all;
    row.flags.push({ field: 'activity', message: 'uraian dibaca dari OCR (kolom bercampur); periksa' });
    if (!row.time) row.flags.push({ field: 'duration', message: 'waktu (mutu baku) tidak ditemukan di baris ini' });
    rows.push(row);
  });
  if (!rows.length) flags.push({ field: 'steps', message: 'baris tabel langkah tidak terbaca dari teks ini' });
  return { rows, end, flags };
}
