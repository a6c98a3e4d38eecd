/**
 * SPSE's own feedback after a save, as site data: where the message box sits and what its words
 * say. When SPSE changes its wording or markup, this file changes, nothing else.
 *
 * KNOWN: SPSE 4 (Play framework, Bootstrap) shows a flash box after a redirect ("Data berhasil
 * disimpan") and the form's errors in an `alert-danger` box ("… wajib diisi"). GUESS: the national
 * layout uses the same Bootstrap classes; other success verbs (diubah, ditambahkan, dihapus).
 */
export type SpseMessageKind = 'success' | 'error';

export type SpseMessageRule = {
  kind: SpseMessageKind;
  /** Where message boxes are (CSS selectors). */
  selectors: readonly string[];
  /** What the text of a box of this kind says (any one). */
  patterns: readonly RegExp[];
};

export const SPSE_MESSAGE_RULES: readonly SpseMessageRule[] = [
  {
    kind: 'error',
    selectors: ['.alert-danger', '.alert-error', '.alert.alert-warning', '.has-error .help-block', '.invalid-feedback'],
    patterns: [/wajib diisi/i, /tidak (valid|sah|sesuai)/i, /gagal/i, /sudah (terdaftar|digunakan|ada)/i, /harus diisi/i],
  },
  {
    kind: 'success',
    selectors: ['.alert-success', '.alert.alert-info'],
    patterns: [/berhasil\s+(disimpan|diubah|ditambahkan|diperbarui|dihapus|diverifikasi|dikirim)/i, /data\s+berhasil/i, /sukses/i],
  },
];

export type SpseMessage = { kind: SpseMessageKind; text: string };

const MAX_TEXT = 300;

/** The normalised text of a box (one line, bounded). */
function boxText(el: Element): string {
  const items = [...el.querySelectorAll('li')].map((li) => li.textContent ?? '');
  const raw = items.length ? items.join('; ') : (el.textContent ?? '');
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/**
 * SPSE's success or error message on the page, if any (errors win: a page that shows both is a
 * rejected save). Elements inside `ignore` (the panel's own host) are skipped. Text only; the page
 * is untrusted and its words are shown as text, never as HTML.
 */
export function readSpseMessage(root: ParentNode, ignore?: Element | null): SpseMessage | null {
  for (const rule of SPSE_MESSAGE_RULES) {
    for (const sel of rule.selectors) {
      for (const el of root.querySelectorAll(sel)) {
        if (ignore && ignore.contains(el)) continue;
        const text = boxText(el);
        if (text && rule.patterns.some((p) => p.test(text))) return { kind: rule.kind, text };
      }
    }
  }
  return null;
}
