/**
 * "Kirim contoh halaman": a redacted snapshot of an SPSE page for field reports, so that a real
 * page becomes a recognition test case without carrying anyone's personal data.
 *
 * Kept: the element tree, tag names, ids, classes, input names and types, labels, headings,
 * menus, buttons, table headers, the footer (SPSE version), the noscript sentence, the favicon
 * and stylesheet links (layout). Removed: input values, option texts, table cell and other body
 * text, scripts, styles, images, frames, comments, query strings, tokens and the logged-in
 * user's name. Every text that is kept is scrubbed of the values the page's inputs, table cells
 * and user line held, and of anything shaped like a NIP/NIK, e-mail address or phone number.
 *
 * Pure: reads the document, never changes it; the same in jsdom (CLI, tests) and the browser.
 */

export const CAPTURE_FORMAT = 'pandu-page-capture-1';

/** Where SPSE shows who is logged in (GUESS: no logged-in page is public; sandbox follows this). */
export const USER_LINE_SELECTORS = ['.user-info', '.user-name', '.username', '#user', '#userDropdown', '.dropdown-toggle', '[data-user]'];
/** Navbar texts may hold the user line too: dropped, but only a greeting in them is scrubbed elsewhere. */
const DROPPED_TEXT_SELECTORS = [...USER_LINE_SELECTORS, '.navbar-text'];
/** Words that introduce the user's name in a greeting ("Selamat datang, Budi"). */
const GREETING = /(?:selamat datang|login sebagai|masuk sebagai|halo|hai)[,:]?\s+(?:anda\s+(?:login|masuk)\s+sebagai\s+)?([^\n|·,.()]{2,80})/gi;

const DROP = new Set(['SCRIPT', 'STYLE', 'IMG', 'PICTURE', 'SVG', 'svg', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'TEMPLATE', 'MAP', 'BASE', 'APPLET', 'PARAM']);
const VOID = new Set(['AREA', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'WBR']);
/** Elements whose own text is kept (scrubbed). */
const TEXT_TAGS = new Set(['TITLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION', 'LABEL', 'TH', 'DT', 'BUTTON', 'FOOTER']);
const TEXT_CLASS = /(?:^|\s)(?:panel-heading|panel-title|card-header|card-title|page-header|box-title|control-label|nav-link|btn|breadcrumb)(?:\s|$)/;
const MENU_CLASS = /(?:^|\s)(?:nav|navbar|navbar-nav|sidebar|menu|dropdown-menu)(?:\s|$)/;
const KEEP_ATTRS = new Set(['id', 'class', 'name', 'type', 'for', 'role', 'method', 'colspan', 'rowspan', 'scope', 'data-provide', 'multiple', 'required', 'readonly', 'disabled', 'maxlength', 'size', 'rows', 'cols', 'lang', 'charset', 'rel']);
const TEXT_ATTRS = new Set(['placeholder', 'title', 'aria-label', 'alt']);
const URL_ATTRS = new Set(['href', 'action']);
const BUTTON_TYPES = new Set(['submit', 'button', 'reset']);
/** Rows kept per table body and options per select: the structure, not the data. */
const MAX_ROWS = 3;
const MAX_OPTIONS = 30;
const MAX_NODES = 20_000;
const MAX_SECRET_CELLS = 400;

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** Personal-data shapes removed from any kept text: e-mail, NIP/NIK and long numbers, phones. */
const PATTERNS: RegExp[] = [
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  /\b\d{8}\s?\d{6}\s?\d\s?\d{3}\b/g,
  /(?:\+62|\b62|\b0)[\s-]?8\d{1,3}(?:[\s-]?\d{2,4}){2,4}\b/g,
  /\(?\b0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{3,5}\b/g,
  /(?<![u\d])\d{7,}/g, // not the build date of "SPSE v4.5u20250321"
];

export type CaptureStats = { inputs: number; cells: number; texts: number; scripts: number; images: number; rows: number; userLine: number };
export type PageCapture = { html: string; stats: CaptureStats };
export type CaptureOptions = {
  url: string;
  pageId?: string;
  capturedAt?: string;
  /** Left out whole (the Pandu panel's host element in the page). */
  ignore?: Element | null;
};

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Values the page holds that must not leave it: inputs, options chosen, cells, the user line. */
function collectSecrets(doc: Document, stats: CaptureStats): string[] {
  const out = new Set<string>();
  const add = (raw: string | null | undefined, words = true) => {
    const t = norm(raw ?? '');
    if (t.length < 3 || /^\d{1,4}$/.test(t)) return;
    out.add(t);
    // Multi-word values of a record (names, addresses): each longer word on its own too.
    if (words && t.includes(' ')) for (const w of t.split(/[\s,;/()]+/)) if (w.length >= 4 && /\p{L}/u.test(w)) out.add(w);
  };
  /** A cell's own text, without its action links and buttons ("Ubah", "Verifikasi"). */
  const cellText = (cell: Element): string => {
    let t = '';
    const walk = (n: Node) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) t += ` ${c.nodeValue ?? ''}`;
        else if (c.nodeType === 1 && !/^(?:A|BUTTON|SCRIPT|STYLE)$/.test((c as Element).tagName)) walk(c);
        if (t.length > 300) return;
      }
    };
    walk(cell);
    return t;
  };
  for (const el of Array.from(doc.querySelectorAll('input, textarea'))) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (BUTTON_TYPES.has(type)) continue;
    add(el.getAttribute('value'));
    add((el as HTMLInputElement).value);
    if (el.tagName === 'TEXTAREA') add(el.textContent);
  }
  // A chosen option (not the empty "-- Pilih … --" placeholder) is a value of the record.
  for (const el of Array.from(doc.querySelectorAll('option'))) {
    const o = el as HTMLOptionElement;
    if ((o.selected || o.hasAttribute('selected')) && (o.getAttribute('value') ?? o.textContent ?? '').trim() !== '') add(o.textContent);
  }
  // Cells of the first rows: later rows are dropped whole, and a 5,000-row table must stay fast.
  const cells = doc.querySelectorAll('td, dd');
  for (let i = 0; i < cells.length && i < MAX_SECRET_CELLS; i++) add(cellText(cells[i]));
  for (const sel of USER_LINE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      stats.userLine++;
      add(el.textContent?.slice(0, 200), false);
      for (const m of (el.textContent ?? '').matchAll(GREETING)) add(m[1], false);
    }
  }
  for (const m of (doc.body?.textContent ?? '').slice(0, 200_000).matchAll(GREETING)) add(m[1], false);
  // Longest first, so "Budi Santoso" goes before "Budi".
  return [...out].sort((a, b) => b.length - a.length);
}

function scrubber(secrets: string[]): (s: string) => string {
  const parts = secrets.slice(0, 2000).map(escapeRe);
  const re = parts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return (s: string) => {
    let t = re ? s.replace(re, '…') : s;
    for (const p of PATTERNS) t = t.replace(p, '…');
    return t;
  };
}

/** Path only: no query, no fragment, no script URLs. */
function safeUrl(raw: string, base: string): string | null {
  const v = raw.trim();
  if (!v || v.startsWith('#')) return v ? '#' : null;
  if (/^\s*(?:javascript|data|vbscript):/i.test(v)) return null;
  try {
    const u = new URL(v, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.pathname;
  } catch {
    return null;
  }
}

/** A row of data (cells only): key/value form rows (a th label, an input) are structure and always kept. */
function isDataRow(tr: Element): boolean {
  return !tr.querySelector('th, input, select, textarea, button');
}

function codeLike(v: string): boolean {
  return /^[A-Za-z0-9_.-]{1,16}$/.test(v) && !/\d{5,}/.test(v);
}

/** A redacted, self-contained HTML snapshot of `doc`; never throws on odd documents. */
export function capturePage(doc: Document, opts: CaptureOptions): PageCapture {
  const stats: CaptureStats = { inputs: 0, cells: 0, texts: 0, scripts: 0, images: 0, rows: 0, userLine: 0 };
  const secrets = collectSecrets(doc, stats);
  const scrub = scrubber(secrets);
  const pageUrl = safeUrl(opts.url, 'http://relative.invalid/') ?? '/';
  let origin = '';
  try {
    origin = new URL(opts.url).origin;
  } catch {
    /* relative */
  }
  const urlBase = origin ? origin + '/' : 'http://relative.invalid/';
  const userLine = new Set<Element>();
  for (const sel of DROPPED_TEXT_SELECTORS) for (const el of Array.from(doc.querySelectorAll(sel))) userLine.add(el);
  let nodes = 0;

  const attrs = (el: Element): string => {
    const tag = el.tagName;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    let out = '';
    for (const a of Array.from(el.attributes)) {
      const n = a.name.toLowerCase();
      let v: string | null = null;
      if (KEEP_ATTRS.has(n)) v = n === 'rel' && tag !== 'LINK' ? null : a.value;
      else if (TEXT_ATTRS.has(n)) v = scrub(a.value);
      else if (URL_ATTRS.has(n)) v = tag === 'LINK' && !/icon|stylesheet/i.test(el.getAttribute('rel') ?? '') ? null : safeUrl(a.value, urlBase);
      else if (n === 'value' && tag === 'INPUT' && BUTTON_TYPES.has(type)) v = scrub(a.value);
      else if (n === 'value' && (tag === 'OPTION' || type === 'checkbox' || type === 'radio') && codeLike(a.value)) v = scrub(a.value);
      if (v === null) continue;
      if (n === 'id' || n === 'class' || n === 'name' || n === 'for') v = scrub(v);
      out += ` ${n}="${esc(v)}"`;
    }
    return out;
  };

  const text = (raw: string, keep: boolean): string => {
    if (!raw.trim()) return raw.includes('\n') ? '\n' : raw ? ' ' : '';
    if (!keep) {
      stats.texts++;
      return '…';
    }
    return esc(scrub(raw.replace(/\s+/g, ' ')));
  };

  const visit = (el: Element, keepText: boolean, inMenu: boolean): string => {
    if (++nodes > MAX_NODES || el === opts.ignore) return '';
    const tag = el.tagName.toUpperCase();
    if (DROP.has(el.tagName) || DROP.has(tag)) {
      if (tag === 'SCRIPT') stats.scripts++;
      if (tag === 'IMG' || tag === 'PICTURE' || tag === 'SVG') stats.images++;
      return '';
    }
    const name = tag.toLowerCase();
    if (!/^[a-z][a-z0-9-]*$/.test(name)) return '';
    if (tag === 'META') return '';
    if (tag === 'LINK') {
      const rel = el.getAttribute('rel') ?? '';
      return /icon|stylesheet/i.test(rel) ? `<link${attrs(el)}>` : '';
    }
    if (tag === 'NOSCRIPT') {
      const t = norm(el.textContent ?? '');
      return /aplikasi spse/i.test(t) ? `<noscript>${esc(scrub(t))}</noscript>` : '<noscript></noscript>';
    }
    const open = `<${name}${attrs(el)}>`;
    if (tag === 'INPUT') {
      stats.inputs++;
      return open;
    }
    if (tag === 'TEXTAREA') {
      stats.inputs++;
      return `${open}</textarea>`;
    }
    const cls = el.getAttribute('class') ?? '';
    const menu = inMenu || tag === 'NAV' || MENU_CLASS.test(cls) || el.id === 'menu';
    const isUser = userLine.has(el);
    const keep = !isUser && (keepText || TEXT_TAGS.has(tag) || TEXT_CLASS.test(cls) || el.id === 'footer' || (menu && (tag === 'A' || tag === 'LI')));
    if (isUser) stats.userLine++;
    if (tag === 'TD' || tag === 'DD') stats.cells++;
    if (VOID.has(tag)) return open;
    let inner = '';
    let rows = 0;
    let options = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        inner += tag === 'OPTION' || isUser || tag === 'TD' || tag === 'DD' ? (c.nodeValue ?? '').trim() ? '…' : '' : text(c.nodeValue ?? '', keep);
      } else if (c.nodeType === 1) {
        const child = c as Element;
        if (tag === 'TBODY' && child.tagName === 'TR' && isDataRow(child) && ++rows > MAX_ROWS) {
          stats.rows++;
          continue;
        }
        if ((tag === 'SELECT' || tag === 'OPTGROUP') && child.tagName === 'OPTION' && ++options > MAX_OPTIONS) continue;
        inner += visit(child, keep && !isUser && tag !== 'TD' && tag !== 'DD', menu);
      }
    }
    if (tag === 'TBODY' && rows > MAX_ROWS) inner += `<!-- ${rows - MAX_ROWS} baris lain dihapus -->`;
    return `${open}${inner}</${name}>`;
  };

  const root = doc.documentElement;
  const meta = [
    `<meta name="pandu-capture" content="${CAPTURE_FORMAT}">`,
    `<meta name="pandu-capture-url" content="${esc(origin + pageUrl)}">`,
    opts.pageId ? `<meta name="pandu-capture-page" content="${esc(opts.pageId)}">` : '',
    opts.capturedAt ? `<meta name="pandu-captured-at" content="${esc(opts.capturedAt)}">` : '',
  ].join('');
  let body = '';
  let head = '';
  if (root) {
    for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === 'HEAD') for (let h = c.firstElementChild; h; h = h.nextElementSibling) head += visit(h, false, false);
      else if (c.tagName === 'BODY') body += visit(c, false, false);
    }
  }
  const lang = root?.getAttribute('lang');
  const html = `<!DOCTYPE html>\n<!-- Contoh halaman SPSE tersamarkan oleh Pandu SPSE (${CAPTURE_FORMAT}): nilai isian, isi tabel, nama, token, skrip dan gambar telah dihapus. -->\n<html${lang && /^[a-z-]{2,10}$/i.test(lang) ? ` lang="${esc(lang)}"` : ''}><head><meta charset="utf-8">${meta}${head}</head>\n${body || '<body></body>'}\n</html>\n`;
  return { html, stats };
}

/** The URL and page id a capture file recorded (for tests that replay captures). */
export function captureMeta(doc: Document): { url: string | null; pageId: string | null } {
  const get = (n: string) => doc.querySelector(`meta[name="${n}"]`)?.getAttribute('content') ?? null;
  return { url: get('pandu-capture-url'), pageId: get('pandu-capture-page') };
}

export type CaptureOutline = { title: string; headings: string[]; labels: string[]; inputs: { name: string; type: string }[]; tableHeaders: string[] };

/**
 * What a capture keeps, as plain text for the preview ("Kirim contoh halaman"): headings, labels,
 * input names and types, table headers. Read from the parsed capture (an inert document).
 */
export function captureOutline(doc: Document, max = 40): CaptureOutline {
  const texts = (sel: string) => [...new Set(Array.from(doc.querySelectorAll(sel), (e) => norm(e.textContent ?? '')).filter(Boolean))].slice(0, max);
  const inputs = Array.from(doc.querySelectorAll('input, select, textarea'))
    .map((e) => ({ name: e.getAttribute('name') ?? e.getAttribute('id') ?? '', type: e.tagName === 'INPUT' ? (e.getAttribute('type') ?? 'text').toLowerCase() : e.tagName.toLowerCase() }))
    .filter((x) => x.name && x.type !== 'hidden')
    .filter((x, i, all) => all.findIndex((y) => y.name === x.name) === i)
    .slice(0, max);
  return { title: norm(doc.title), headings: texts('h1, h2, h3, h4, legend, .card-header, .panel-heading'), labels: texts('label'), inputs, tableHeaders: texts('th') };
}
