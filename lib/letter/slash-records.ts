import { classifyKey, finishDraft, isPersonKind, JOINED_NOTE, type Draft } from './people';
import { collapse, isBlank, type Line } from './text';

/*
 * Records written one a line with their values set apart by " / ":
 *   "dengan data (Nama / NIP / Jabatan / Email / No. HP) sebagai berikut:"
 *   "1) Rahmad Hidayat, S.E. / 19830927 200903 1 004 / Kepala Subbidang / rahmad@x.go.id / 0813-…"
 * The labels named above (in brackets in the sentence, or a line of their own) say each value's field
 * when the counts agree and every value fits its label; otherwise each value goes by its shape (NIP,
 * e-mail, phone; the name first, the jabatan the text left), flagged as read from a list item.
 * A "-" is an empty value.
 */

type Field = 'name' | 'nip' | 'position' | 'email' | 'phone';

const MARKER = /^\s*(?:\d{1,2}[.)]|[a-z][.)]|[•●▪►·*-])\s+/;
const SEPARATOR = /\s+\/\s+/;
const NIP = /^\d(?:[ .-]?\d){15,19}$/;
const EMAIL = /^\S+@\S+\.\S+$/;
const PHONE = /^(?:\+\s*62|62|\(?0)[\s.\-()]*8[\d\s.\-()]{6,18}\d$/;
const EMPTY = /^[-–.…_]*$/;

const CONF = { labelled: 0.95, shape: 0.8 } as const;

/** "NIP 1985… " keeps its number; "NIK 73…" (a non-ASN person's population number) is no value here. */
function unlabelled(part: string): string {
  const m = /^(NIP|NIK|NRP)\.?\s*:?\s*(?=\d)/i.exec(part);
  if (!m) return part;
  return m[1].toUpperCase() === 'NIK' ? '-' : part.slice(m[0].length);
}

/** The parts of a record line, or null: three parts or more, one of them a NIP or an e-mail. */
function recordParts(raw: string): string[] | null {
  if (!raw.includes(' / ')) return null;
  const parts = raw.replace(MARKER, '').split(SEPARATOR).map(collapse).map(unlabelled);
  return parts.length >= 3 && parts.some((p) => NIP.test(p) || EMAIL.test(p)) ? parts : null;
}

/** A run of labels set apart by "/" ("Nama / NIP / Jabatan / Email / No. HP"): their fields (null: a "No" column), or null. */
function labelFields(text: string): (Field | null)[] | null {
  const parts = text.split(SEPARATOR).length >= 3 ? text.split(SEPARATOR) : text.split('/');
  if (parts.length < 3 || parts.some((p) => p.trim().split(/\s+/).length > 4)) return null;
  const fields: (Field | null)[] = [];
  for (const p of parts) {
    const kind = classifyKey(p.trim());
    // "No / Nama / NIP / …": the first column numbers the records.
    if (kind === 'number' && !fields.length) {
      fields.push(null);
      continue;
    }
    if (!isPersonKind(kind)) return null;
    fields.push(kind === 'team' ? 'position' : kind);
  }
  return fields.includes('name') ? fields : null;
}

/** The labels of the records below, named within four lines above them: in brackets, or a line of their own. */
function headerAbove(lines: Line[], i: number): (Field | null)[] | null {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = lines[k].text;
    if (isBlank(lines[k]) || !t.includes('/')) continue;
    for (const m of t.matchAll(/\(([^()]*\/[^()]*)\)/g)) {
      const fields = labelFields(m[1]);
      if (fields) return fields;
    }
    const own = labelFields(t.replace(/[:.]$/, ''));
    if (own) return own;
  }
  return null;
}

const fits: Record<Field, (v: string) => boolean> = {
  name: (v) => /[A-Za-z]{2,}/.test(v) && !/\d|@/.test(v),
  nip: (v) => NIP.test(v),
  position: (v) => !/@/.test(v) && !NIP.test(v),
  email: (v) => EMAIL.test(v),
  phone: (v) => PHONE.test(v),
};

/** Each part's field by its shape: NIP, e-mail, phone; the first text is the name, the text after it the jabatan. */
function byShape(parts: string[]): (Field | null)[] {
  let named = false;
  return parts.map((p, k) => {
    // "1 / Budi / …": a record's number set as its first part.
    if (EMPTY.test(p) || (k === 0 && /^\d{1,3}$/.test(p))) return null;
    if (NIP.test(p)) return 'nip';
    if (EMAIL.test(p)) return 'email';
    if (PHONE.test(p)) return 'phone';
    if (!named && fits.name(p)) {
      named = true;
      return 'name';
    }
    return 'position';
  });
}

/** The part of `raw` that holds offset `at` (the place two lines were joined). */
function partAt(raw: string, at: number): number {
  const body = raw.replace(MARKER, '');
  const shift = raw.length - body.length;
  let k = 0;
  for (const m of body.matchAll(new RegExp(SEPARATOR.source, 'g'))) {
    if (m.index + shift >= at) return k;
    k++;
  }
  return k;
}

function recordDraft(l: Line, parts: string[], header: (Field | null)[] | null, wrapped: number | null): Draft {
  const fitsLabel = (p: string, f: Field | null) => (f === null ? /^\d{1,3}$/.test(p) : fits[f](p));
  const labelled = header !== null && header.length === parts.length && parts.every((p, k) => EMPTY.test(p) || fitsLabel(p, header[k]));
  const fields = labelled ? header : byShape(parts);
  const conf = labelled ? CONF.labelled : CONF.shape;
  const values: Partial<Record<Field, string[]>> = {};
  parts.forEach((p, k) => {
    const f = fields[k];
    if (f && !EMPTY.test(p)) (values[f] ??= []).push(p);
  });
  const d: Draft = {};
  for (const [f, v] of Object.entries(values) as [Field, string[]][]) {
    // A jabatan written with " / " in it ("Pengelola Barang / Jasa") comes back as written; other fields take their first value.
    const value = f === 'position' ? v.join(' / ') : v[0];
    d[f] = { value, line: l, conf, rank: 3 };
  }
  // The value broken over the two lines of a wrapped record is joined: flagged.
  const broken = wrapped === null ? null : fields[wrapped];
  if (broken && d[broken]) d[broken]!.note = JOINED_NOTE;
  return d;
}

/** Records from line `i` on, one a line, with the labels named above them; null when line `i` is none. */
export function trySlashRecords(lines: Line[], i: number, end: number): { drafts: Draft[]; end: number } | null {
  if (!recordParts(lines[i].raw)) return null;
  const header = headerAbove(lines, i);
  const drafts: Draft[] = [];
  let j = i;
  while (j < end) {
    const start = j;
    let l = lines[j];
    let wrapped: number | null = null;
    // A numbered record wrapped onto a line without a number of its own ("… Perencanaan dan" / "Pengendalian / budi@…").
    const next = lines[j + 1];
    if (MARKER.test(l.raw) && j + 1 < end && !isBlank(next) && !MARKER.test(next.raw) && next.raw.includes('/')) {
      const raw = `${l.raw.trimEnd()} ${next.raw.trim()}`;
      wrapped = partAt(raw, l.raw.trimEnd().length);
      l = { ...l, raw, text: collapse(raw) };
      j++;
    }
    const parts = recordParts(l.raw);
    if (!parts) {
      j = start;
      break;
    }
    drafts.push(finishDraft(recordDraft(l, parts, header, wrapped)));
    j++;
  }
  return { drafts, end: j };
}
