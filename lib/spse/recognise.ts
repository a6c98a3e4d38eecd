/**
 * Which SPSE page is this? URL and DOM together:
 *
 * - `isSpsePage(doc)`: SPSE markers (noscript sentence, footer version / LKPP, central account site).
 * - `splitBase(url)`: `/eproc4`, `/eproc`, `/<slug>` or '' + the rest, on any host.
 * - `recognise(url, doc, profiles?)`: the best page of the route table (taught profiles first) with
 *   a confidence in 0..1. A strong DOM match on an unexpected URL still wins, with lower confidence.
 *   Unknown SPSE pages, non-SPSE pages and broken documents give `unknown`; it never throws.
 */
import type { PageRole, Signature, SpseLayout } from './routes';
import { RECOGNITION_ROUTES as ROUTES, type RecognitionRoute } from './recognition-table';
import { patternToRegExp } from './url-pattern';
import type { SiteProfile } from './profile';

export const UNKNOWN_PAGE = 'unknown';

/** Lower case, no `*` or `:`, single spaces: "  User ID <span>*</span> :" → "user id". */
export function normText(s: string | null | undefined): string {
  if (!s) return '';
  // Stryker disable next-line Regex: equivalent — without `+` each * or : becomes its own space, and the next line collapses the spaces anyway.
  const spaced = s.replace(/[*:]+/g, ' ');
  return spaced.replace(/\s+/g, ' ').trim().toLowerCase();
}
/** Below this a candidate is not recognised. */
export const MIN_CONFIDENCE = 0.5;
export const AKUN_HOST = 'akun.inaproc.id';
export const NATIONAL_HOST = 'spse.inaproc.id';

export type PageMatch = {
  /** A page id of the route table or a taught profile, or `unknown`. */
  pageId: string;
  confidence: number;
  role: PageRole | null;
  base: string;
  rest: string;
  layout: SpseLayout | null;
  isSpse: boolean;
  /** Where the matching page definition came from. */
  source: 'built-in' | 'profile' | null;
  /** The SPSE version the page's footer shows (`4.5u20250321`), or null. */
  version: string | null;
};

const NOSCRIPT_MARK = 'untuk tampilan aplikasi spse';
const AKUN_MARK = 'manajemen akun terpusat';
/** The national favicon, `/<slug>/public/images/global/inaproc.png` (known from captured national pages). */
const NATIONAL_FAVICON = /\/public\/images\/global\/inaproc\.png/;
/** `bootstrap@4.6.2`, `bootstrap/3.3.7/`, `bootstrap-4.6.min.css`: the generation digit. */
const BOOTSTRAP_LINK = /bootstrap[@/-]v?(\d)\.\d/i;
/** Play 1.x's CSRF field on every form. */
const PLAY_TOKEN = 'authenticityToken';
/** `SPSE v4.5u20250321`, `Aplikasi SPSE v4.3u20191009`, `SPSE 4.5`. */
const VERSION_RE = /spse\s+v?(\d+\.\d+(?:\.\d+)?(?:u\d{6,8})?)/i;

/** What recognition reads from a document, in one pass. */
export type PageFeatures = {
  headings: string[];
  labels: Set<string>;
  inputNames: Set<string>;
  menu: Set<string>;
  buttons: Set<string>;
};

type Scan = PageFeatures & {
  noscriptMark: boolean;
  nationalFavicon: boolean;
  /** Bootstrap generation from the stylesheet links (`bootstrap@4.6.2`, `bootstrap/3.3.7`), or 0. */
  bootstrap: number;
  /** A form carries Play's hidden `authenticityToken`. */
  playToken: boolean;
  /** Text of `<footer>` elements (the national footer may not be `div#footer`). */
  footerText: string;
  localMarkers: boolean;
  navTabs: boolean;
  bgwarning: boolean;
  akunMark: boolean;
};

/** Rows read per table body: labels live in headers and short detail tables, not in 5,000-row lists. */
const MAX_ROWS = 60;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'svg', 'OPTION', 'OPTGROUP', 'IFRAME', 'CANVAS']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND']);
const HEADING_CLASS = /(?:^|\s)(?:panel-heading|panel-title|card-header|card-title|page-header|box-title)(?:\s|$)/;
const MENU_CLASS = /(?:^|\s)(?:nav|navbar|sidebar)(?:\s|$)/;

function pushText(list: string[] | Set<string>, raw: string | null | undefined, cap: number): void {
  const t = normText(raw);
  if (!t || t.length > 120) return;
  if (Array.isArray(list)) {
    if (list.length < cap) list.push(t);
  } else if (list.size < cap) list.add(t);
}

/**
 * One walk over the element tree (jsdom and the browser alike), skipping scripts, option lists and
 * rows beyond MAX_ROWS of any table body, so a 5,000-row table costs no more than 60 rows.
 */
function scan(doc: Document): Scan {
  const s: Scan = {
    headings: [],
    labels: new Set(),
    inputNames: new Set(),
    menu: new Set(),
    buttons: new Set(),
    noscriptMark: false,
    nationalFavicon: false,
    bootstrap: 0,
    playToken: false,
    footerText: '',
    localMarkers: false,
    navTabs: false,
    bgwarning: false,
    akunMark: normText(doc.title).includes(AKUN_MARK),
  };
  const title = normText(doc.title);
  const visit = (el: Element, inMenu: boolean): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName;
      if (SKIP_TAGS.has(tag)) continue;
      // Stryker disable next-line StringLiteral: equivalent — the class is only searched for known names, which a placeholder lacks just like ''.
      const cls = c.getAttribute('class') ?? '';
      const id = c.getAttribute('id');
      let menu = inMenu;
      if (HEADING_TAGS.has(tag) || HEADING_CLASS.test(cls)) pushText(s.headings, c.textContent, 60);
      switch (tag) {
        case 'NOSCRIPT':
          // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent — `!s.noscriptMark` only skips re-reading once the flag is set; an element's textContent is never null.
          if (!s.noscriptMark && (c.textContent ?? '').toLowerCase().includes(NOSCRIPT_MARK)) s.noscriptMark = true;
          continue;
        case 'LINK': {
          // Stryker disable next-line StringLiteral: equivalent — a placeholder is no favicon or Bootstrap path, just like ''.
          const href = c.getAttribute('href') ?? '';
          // Stryker disable next-line StringLiteral: equivalent — a placeholder rel has no "icon", just like ''.
          if (NATIONAL_FAVICON.test(href) && /icon/i.test(c.getAttribute('rel') ?? '')) s.nationalFavicon = true;
          const bs = BOOTSTRAP_LINK.exec(href);
          if (bs && !s.bootstrap) s.bootstrap = Number(bs[1]);
          continue;
        }
        case 'FOOTER':
          // Stryker disable next-line StringLiteral: equivalent for the `?? ''` — an element's textContent is never null.
          if (s.footerText.length < 2000) s.footerText += ' ' + (c.textContent ?? '').slice(0, 2000);
          break;
        case 'LABEL':
        case 'DT':
          pushText(s.labels, c.textContent, 400);
          break;
        case 'TH':
          if (cls.includes('bgwarning')) s.bgwarning = true;
          pushText(s.labels, c.textContent, 400);
          break;
        case 'INPUT': {
          const name = c.getAttribute('name');
          if (name && s.inputNames.size < 500) s.inputNames.add(name);
          if (name === PLAY_TOKEN) s.playToken = true;
          // Stryker disable next-line StringLiteral: equivalent — a placeholder type is neither submit nor button, just like ''.
          const type = (c.getAttribute('type') ?? '').toLowerCase();
          if (type === 'submit' || type === 'button') pushText(s.buttons, c.getAttribute('value'), 100);
          continue;
        }
        case 'SELECT':
        case 'TEXTAREA': {
          const name = c.getAttribute('name');
          if (name && s.inputNames.size < 500) s.inputNames.add(name);
          continue;
        }
        case 'BUTTON':
          pushText(s.buttons, c.textContent, 100);
          break;
        case 'A':
          if (inMenu) pushText(s.menu, c.textContent, 200);
          if (/(?:^|\s)btn(?:\s|$)/.test(cls)) pushText(s.buttons, c.textContent, 100);
          break;
        case 'NAV':
          menu = true;
          if (cls.includes('navbar-custom')) s.localMarkers = true;
          // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent — `!s.akunMark` only skips re-reading once the flag is set; an element's textContent is never null.
          if (!s.akunMark && (c.textContent ?? '').toLowerCase().includes(AKUN_MARK)) s.akunMark = true;
          break;
        case 'TBODY': {
          let n = 0;
          for (let r = c.firstElementChild; r && n < MAX_ROWS; r = r.nextElementSibling, n++) visit(r, menu);
          continue;
        }
      }
      if (id === 'headerContent' || /panel-primary/.test(cls)) s.localMarkers = true;
      if (MENU_CLASS.test(cls)) menu = true;
      if (/(?:^|\s)nav-tabs(?:\s|$)/.test(cls)) s.navTabs = true;
      if (id === 'menu') menu = true;
      visit(c, menu);
    }
  };
  if (doc.documentElement) visit(doc.documentElement, false);
  if (title) s.headings.push(title);
  return s;
}

function footerTextOf(doc: Document, sc?: Scan): string {
  // Stryker disable next-line StringLiteral: equivalent for the two `?? ''` — a placeholder carries no SPSE version or LKPP name, just like ''.
  return `${doc.getElementById('footer')?.textContent ?? ''} ${sc?.footerText ?? ''}`.slice(0, 4000);
}

function footerIsSpse(footerText: string): boolean {
  const footer = footerText.toLowerCase();
  return VERSION_RE.test(footer) || (footer.includes('lkpp') && footer.includes('lembaga kebijakan pengadaan'));
}

/** The SPSE version a footer shows: `Aplikasi SPSE v4.5u20250321` → `4.5u20250321`. */
export function versionFromFooter(footerText: string): string | null {
  // Stryker disable next-line OptionalChaining: equivalent for `?.toLowerCase` — group 1 of VERSION_RE always takes part in a match.
  return VERSION_RE.exec(footerText)?.[1]?.toLowerCase() ?? null;
}

/**
 * SPSE markers (any one): the local noscript sentence, a footer with the SPSE version or LKPP, the
 * central account site, or the national favicon together with Play's authenticityToken or the
 * national `th.bgwarning` tables.
 */
function scanIsSpse(doc: Document, sc: Scan): boolean {
  return sc.noscriptMark || footerIsSpse(footerTextOf(doc, sc)) || sc.akunMark || (sc.nationalFavicon && (sc.playToken || sc.bgwarning));
}

/** SPSE markers: the noscript sentence, a footer with the SPSE version or LKPP, the central account site. */
export function isSpsePage(doc: Document): boolean {
  try {
    // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent — without the guard a missing document throws into the catch below (false), and a document without a root element scans to no markers.
    if (!doc?.documentElement) return false;
    // Stryker disable next-line ConditionalExpression: equivalent — a shortcut: scanIsSpse reads the same #footer text.
    if (footerIsSpse(footerTextOf(doc))) return true;
    return scanIsSpse(doc, scan(doc));
  } catch {
    return false;
  }
}

/**
 * The page decides first: the central account site's name; the national favicon or Bootstrap 4
 * with the national tables/tabs; the local noscript sentence (national 4.5 pages have none) or the
 * local Bootstrap 3 shell. Only a page with none of these falls back to its host, then its base.
 */
function layoutOf(sc: Scan, host: string, base: string): SpseLayout | null {
  if (sc.akunMark) return 'akun';
  if (sc.nationalFavicon) return 'national';
  if (sc.bootstrap === 4 && (sc.bgwarning || sc.navTabs)) return 'national';
  if (sc.noscriptMark || sc.localMarkers || sc.bootstrap === 3) return 'local';
  if (sc.navTabs && sc.bgwarning) return 'national';
  if (host === AKUN_HOST) return 'akun';
  if (host === NATIONAL_HOST) return 'national';
  if (base === '/eproc4' || base === '/eproc') return 'local';
  return null;
}

/** Local (Bootstrap 3, /eproc4), national (spse.inaproc.id, Bootstrap 4.6) or the central account site. */
export function detectLayout(doc: Document, url?: string): SpseLayout | null {
  try {
    // Stryker disable next-line StringLiteral: equivalent — without a URL, '' and a placeholder alike are no central host and no local base.
    return layoutOf(scan(doc), url ? hostOf(url) : '', url ? splitBase(url).base : '');
  } catch {
    return null;
  }
}

/** The headings, labels, input names, menu and button texts of a document (normalised). */
export function readPageFeatures(doc: Document): PageFeatures {
  const { headings, labels, inputNames, menu, buttons } = scan(doc);
  return { headings, labels, inputNames, menu, buttons };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    try {
      return url.startsWith('/') ? new URL(url, 'http://relative.invalid') : null;
    } catch {
      return null;
    }
  }
}

function hostOf(url: string): string {
  const u = parseUrl(url);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral,MethodExpression: equivalent — the placeholder host, like '', equals no central or route host; http(s) host names are lower case already.
  return u && u.hostname !== 'relative.invalid' ? u.hostname.toLowerCase() : '';
}

/** First path segments SPSE uses after the base (known public paths + every route pattern). */
const TOP_SEGMENTS = new Set<string>([
  // Stryker disable next-line StringLiteral: equivalent for 'login' and 'home' — the route patterns below add them again.
  'login', 'logout', 'home', 'lelang', 'nontender', 'evaluasi', 'publik', 'pengumuman', 'dt', 'jadwal', 'public',
  // Stryker disable next-line StringLiteral: equivalent for 'admin', 'pegawai', 'rekanan', 'verifikasi' — the route patterns below add them again.
  'admin', 'pegawai', 'panitia', 'satker', 'agency', 'paket', 'rekanan', 'verifikasi', 'profil', 'akses',
  // Stryker disable next-line OptionalChaining,StringLiteral,MethodExpression,ArrowFunction,ConditionalExpression,LogicalOperator: equivalent for the built-in route table — every pattern there starts with '/' and a word, so no empty or ':param' first segment exists to filter (the filter guards future patterns).
  ...ROUTES.flatMap((r) => r.urlPatterns.map((p) => p.split('/')[1]?.toLowerCase() ?? '')).filter((s) => s && !s.startsWith(':')),
]);

const SLUG = /^[a-z0-9][a-z0-9_-]{0,40}$/i;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * `https://lpse.x.go.id/eproc4/admin/auditor/baru?x=1` → `{ base: '/eproc4', rest: '/admin/auditor/baru' }`;
 * `https://spse.inaproc.id/kemenkeu/home` → `{ base: '/kemenkeu', rest: '/home' }`;
 * `https://lpse.x.go.id/home` → `{ base: '', rest: '/home' }`. Never throws.
 */
export function splitBase(url: string): { base: string; rest: string } {
  const u = parseUrl(url);
  if (!u) return { base: '', rest: '/' };
  const segs = u.pathname.split('/').filter(Boolean).map(safeDecode);
  const host = u.hostname.toLowerCase();
  const restOf = (from: number) => '/' + segs.slice(from).join('/');
  // Stryker disable next-line StringLiteral: equivalent — with no segment, `first` is compared only with 'eproc4'/'eproc' before the empty path returns.
  const first = segs[0]?.toLowerCase() ?? '';
  if (first === 'eproc4' || first === 'eproc') return { base: `/${first}`, rest: restOf(1) };
  if (host === AKUN_HOST || segs.length === 0) return { base: '', rest: restOf(0) };
  if (host === NATIONAL_HOST && SLUG.test(segs[0])) return { base: `/${segs[0]}`, rest: restOf(1) };
  if (TOP_SEGMENTS.has(first)) return { base: '', rest: restOf(0) };
  if (segs.length > 1 && SLUG.test(segs[0]) && TOP_SEGMENTS.has(segs[1].toLowerCase())) return { base: `/${segs[0]}`, rest: restOf(1) };
  return { base: '', rest: restOf(0) };
}

function containsWords(haystack: string, needle: string): boolean {
  const i = haystack.indexOf(needle);
  // Stryker disable next-line ConditionalExpression: equivalent — with i = -1, `before` is haystack[-2] (undefined), which /[a-z0-9]/ tests as the text "undefined" and so answers false anyway.
  if (i < 0) return false;
  // Stryker disable next-line StringLiteral: equivalent — '' and ' ' both hold no letter or digit.
  const before = i === 0 ? ' ' : haystack[i - 1];
  // Stryker disable next-line StringLiteral: equivalent — '' and ' ' both hold no letter or digit.
  const after = i + needle.length >= haystack.length ? ' ' : haystack[i + needle.length];
  return !/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after);
}

/** 1 for an exact heading, 0.8 for a heading that contains a signature heading of two words or more. */
function headingScore(sig: string[], headings: string[]): number {
  let best = 0;
  for (const raw of sig) {
    const s = normText(raw);
    const partial = s.includes(' ');
    for (const h of headings) {
      if (h === s) return 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent for `best < 0.8` (and `<=`) — a shortcut: setting 0.8 again changes nothing.
      if (partial && best < 0.8 && containsWords(h, s)) best = 0.8;
    }
  }
  return best;
}

function fraction(sig: string[], have: Set<string>): number {
  // Stryker disable next-line ConditionalExpression: equivalent — never called with an empty list (signature parts skip empty lists; roleByMenu lists have at least one text); kept so 0/0 can never happen.
  if (sig.length === 0) return 0;
  let n = 0;
  for (const s of sig) if (have.has(normText(s))) n++;
  return n / sig.length;
}

function columnOf(name: string): string {
  const m = /([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)\]?$/.exec(name);
  // Stryker disable next-line MethodExpression: equivalent — both sides of every comparison go through this function, so upper- instead of lower-casing either branch keeps equal columns equal and different ones different (a name with an underscore column never equals one without).
  return m ? m[1].toLowerCase() : name.toLowerCase();
}

function inputScore(sig: string[], names: Set<string>): number {
  // Stryker disable next-line ConditionalExpression: equivalent — never called with an empty list (signature parts skip empty lists); kept so 0/0 can never happen.
  if (sig.length === 0) return 0;
  let total = 0;
  let columns: Set<string> | null = null;
  for (const s of sig) {
    if (names.has(s)) total += 1;
    else {
      columns ??= new Set([...names].map(columnOf));
      if (columns.has(columnOf(s))) total += 0.8;
    }
  }
  return total / sig.length;
}

const WEIGHTS = { headings: 3, inputNames: 2, labels: 2, menuText: 1, buttons: 1 } as const;

/** 0..1: how well a document matches a signature (weighted over the parts the signature has). */
export function signatureScore(sig: Signature, f: PageFeatures): number {
  return signatureParts(sig, f).score;
}

function signatureParts(sig: Signature, f: PageFeatures): { score: number; heading: number } {
  const heading = headingScore(sig.headings, f.headings);
  let sum = WEIGHTS.headings * heading;
  let weight: number = WEIGHTS.headings;
  const part = (list: string[] | undefined, w: number, score: (l: string[]) => number) => {
    if (!list || list.length === 0) return;
    sum += w * score(list);
    weight += w;
  };
  part(sig.inputNames, WEIGHTS.inputNames, (l) => inputScore(l, f.inputNames));
  part(sig.labels, WEIGHTS.labels, (l) => fraction(l, f.labels));
  part(sig.menuText, WEIGHTS.menuText, (l) => fraction(l, f.menu));
  part(sig.buttons, WEIGHTS.buttons, (l) => fraction(l, f.buttons));
  return { score: sum / weight, heading };
}

type Candidate = RecognitionRoute & { source: 'built-in' | 'profile' };

const regexCache = new Map<string, RegExp>();
function patternRe(p: string): RegExp {
  let re = regexCache.get(p);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache: compiling the pattern again gives the same expression.
  if (!re) regexCache.set(p, (re = patternToRegExp(p)));
  return re;
}

function urlMatches(c: Candidate, rest: string, host: string, layout: SpseLayout | null): boolean {
  if (c.host && host !== c.host && layout !== 'akun') return false;
  if (!c.host && host === AKUN_HOST) return false;
  return c.urlPatterns.some((p) => patternRe(p).test(rest));
}

/**
 * URL + DOM → confidence. A known URL weighs more; a DOM match alone is capped at 0.8 and needs
 * a heading (shared person inputs alone must not turn every account form into every other).
 */
export function combine(urlMatch: boolean, urlKnown: boolean, dom: number, heading = 1): number {
  if (urlMatch) return urlKnown ? 0.6 + 0.4 * dom : 0.35 + 0.65 * dom;
  return heading > 0 ? 0.8 * dom : 0;
}

function profilesFor(url: string, profiles: readonly SiteProfile[] | undefined): SiteProfile[] {
  if (!profiles?.length) return [];
  const u = parseUrl(url);
  if (!u) return [];
  // Stryker disable next-line MethodExpression: equivalent — http(s) hosts are lower case already.
  const host = u.host.toLowerCase();
  // Stryker disable next-line MethodExpression: equivalent — http(s) host names are lower case already.
  const hostname = u.hostname.toLowerCase();
  return profiles.filter((p) => p.host === host || p.host === hostname);
}

function candidates(url: string, profiles: readonly SiteProfile[] | undefined): Candidate[] {
  const taught: Candidate[] = [];
  for (const profile of profilesFor(url, profiles)) {
    for (const p of profile.pages) {
      const builtIn = ROUTES.find((r) => r.id === p.pageId);
      taught.push({
        id: p.pageId,
        role: p.role ?? builtIn?.role ?? 'any',
        roleByMenu: builtIn?.roleByMenu,
        urlPatterns: [p.urlPattern],
        urlKnown: true,
        host: builtIn?.host,
        signature: p.signature,
        source: 'profile',
      });
    }
  }
  const overridden = new Set(taught.map((t) => t.id));
  return [...taught, ...ROUTES.filter((r) => !overridden.has(r.id)).map((r): Candidate => ({ ...r, source: 'built-in' }))];
}

function roleFor(c: Candidate, f: PageFeatures): PageRole {
  for (const r of c.roleByMenu ?? []) if (fraction(r.menuText, f.menu) === 1) return r.role;
  return c.role;
}

/** One scored candidate, for diagnostics ("tanda halaman berubah") and the CLI's --explain. */
export type CandidateScore = { pageId: string; source: 'built-in' | 'profile'; confidence: number; urlMatch: boolean; dom: number; heading: number };

export type Recognition = { match: PageMatch; candidates: CandidateScore[] };

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * `recognise` with its reasoning: every candidate's URL match, DOM score and confidence, best first.
 * The central hosts (akun.inaproc.id, spse.inaproc.id) count as SPSE even without DOM markers.
 */
export function explainRecognition(url: string, doc: Document, profiles?: readonly SiteProfile[]): Recognition {
  let base = '';
  let rest = '/';
  try {
    // Stryker disable next-line StringLiteral: equivalent — for a missing URL neither '' nor a placeholder is a URL.
    ({ base, rest } = splitBase(String(url ?? '')));
  } catch {
    /* keep defaults */
  }
  let version: string | null = null;
  const none = (isSpse: boolean, layout: SpseLayout | null, candidates: CandidateScore[] = []): Recognition => ({
    match: { pageId: UNKNOWN_PAGE, confidence: 0, role: null, base, rest, layout, isSpse, source: null, version },
    candidates,
  });
  try {
    // Stryker disable next-line OptionalChaining: equivalent — a missing document throws into the catch below, which answers the same.
    if (!doc?.documentElement) return none(false, null);
    const features = scan(doc);
    // Stryker disable next-line StringLiteral: equivalent — for a missing URL neither '' nor a placeholder is a URL.
    const host = hostOf(String(url ?? ''));
    if (!scanIsSpse(doc, features) && host !== AKUN_HOST && host !== NATIONAL_HOST) return none(false, null);
    version = versionFromFooter(footerTextOf(doc, features));
    const layout = layoutOf(features, host, base);
    const scored: (CandidateScore & { c: Candidate })[] = [];
    // Stryker disable next-line StringLiteral: equivalent — for a missing URL neither '' nor a placeholder is a URL.
    for (const c of candidates(String(url ?? ''), profiles)) {
      const { score, heading } = signatureParts(c.signature, features);
      const urlMatch = urlMatches(c, rest, host, layout);
      scored.push({ c, pageId: c.id, source: c.source, confidence: combine(urlMatch, c.urlKnown, score, heading), urlMatch, dom: round(score), heading });
    }
    // Stable: on equal confidence the earlier candidate (taught profiles first) wins.
    scored.sort((x, y) => y.confidence - x.confidence);
    const list = scored.map(({ c: _c, ...score }) => ({ ...score, confidence: round(score.confidence) }));
    const best = scored[0];
    if (!best || best.confidence < MIN_CONFIDENCE) return none(true, layout, list);
    return {
      match: { pageId: best.c.id, confidence: round(best.confidence), role: roleFor(best.c, features), base, rest, layout, isSpse: true, source: best.c.source, version },
      candidates: list,
    };
  } catch {
    return none(false, null);
  }
}

export function recognise(url: string, doc: Document, profiles?: readonly SiteProfile[]): PageMatch {
  return explainRecognition(url, doc, profiles).match;
}
