/**
 * Word (.docx) documents as text: the body through mammoth (paragraphs as lines, empty paragraphs as
 * blank lines, data tables as tab-separated rows, layout tables cell by cell, lists numbered), with the
 * page header before it and the page footer after it. The zip is size-checked before anything inflates it.
 */
import { LimitError, mb, type ExtractLimits } from './limits';
import { mergeTwoHeaderRows } from './word-header-rows';
import { checkZipSize } from './zip-guard';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const stripTags = (s: string) => s.replace(/<[^>]+>/g, '');

/** A cell's colspan or rowspan attribute (1 when absent). */
const spanOf = (attrs: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(attrs)?.[1] ?? 1);

/** A table cell's non-empty paragraphs (still HTML-escaped), whitespace collapsed. */
function cellParagraphs(cell: string): string[] {
  return cell
    .split(/<\/p>\s*<p[^>]*>|<br\s*\/?>/)
    .map((p) => stripTags(p).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Mammoth's HTML → plain text that keeps the letter's layout for the parser: one line per paragraph,
 * empty paragraphs as blank lines, table rows as tab-separated cells, list items numbered.
 */
export function docxHtmlToText(html: string): string {
  let s = html.replace(/<table[^>]*>([\s\S]*?)<\/table>/g, (_, table: string) => {
    const gridRows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1].matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/g)].map((m) => ({ paras: cellParagraphs(m[2]), colspan: spanOf(m[1], 'colspan'), rowspan: spanOf(m[1], 'rowspan') })),
    );
    const rows = mergeTwoHeaderRows(gridRows);
    // A layout table (a letterhead beside its logo, two signatures side by side): some cell holds
    // several paragraphs and no row has three filled cells. Read it cell by cell, a line per paragraph.
    const layout = rows.some((r) => r.some((c) => c.length > 1)) && rows.every((r) => r.filter((c) => c.length).length < 3);
    if (layout) return rows.flatMap((r) => r.flat()).map((line) => `<p>${line}</p>`).join('');
    return rows.map((r) => `<p>${r.map((c) => c.join(' ')).join('\t')}</p>`).join('');
  });
  s = s.replace(/<ol[^>]*>([\s\S]*?)<\/ol>/g, (_, list: string) => {
    let n = 0;
    return list.replace(/<li[^>]*>/g, () => `<p>${++n}. `).replace(/<\/li>/g, '</p>');
  });
  s = s.replace(/<li[^>]*>/g, '<p>- ').replace(/<\/li>/g, '</p>');
  s = s.replace(/<br\s*\/?>((?:(?!<br|<\/p>)[\s\S])*)/g, (_, rest: string) => `\n${softBreakIndent(stripTags(rest))}${rest}`);
  s = s.replace(/<\/(p|h[1-6])>/g, '\n');
  return decodeEntities(stripTags(s)).replace(/\n$/, '');
}

/**
 * A line after a manual line break (Shift+Enter) goes on the same paragraph: "Perihal<tab>: Permohonan …
 * <br>Tahun Anggaran 2026" is one value. Such a line is indented so the parser reads it as the line
 * above continued — unless it carries its own label ("NIP : …") or is empty.
 */
function softBreakIndent(line: string): string {
  return !line.trim() || /^[^:\t]{1,40}[:\t]/.test(line) ? '' : INDENT;
}

export async function docxText(buf: ArrayBuffer, name: string, limits: ExtractLimits): Promise<string> {
  const zip = await checkZipSize(new Uint8Array(buf), limits.docxInflatedBytes);
  if (!zip.ok && zip.reason === 'too-big')
    throw new LimitError(`Berkas ${name} terlalu besar setelah dibuka${zip.size ? ` (${mb(zip.size)})` : ''}; paling banyak ${mb(limits.docxInflatedBytes)}. Tempel teks suratnya saja.`);
  if (!zip.ok) throw new LimitError(`Berkas ${name} tidak dapat dibaca: bukan .docx yang sah (bukan arsip zip). Simpan ulang dari Word atau tempel teks suratnya.`);
  const mammoth = (await import('mammoth')).default;
  const withIndents = await markIndents(buf);
  // The browser build of mammoth reads `arrayBuffer`, the Node build `buffer` (JSZip accepts both).
  const input = { arrayBuffer: withIndents, buffer: withIndents as unknown as Buffer };
  const result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false });
  const { header, footer } = await pageHeaderAndFooter(buf);
  return [header, docxHtmlToText(result.value), footer].filter((part) => part.trim()).join('\n\n');
}

/** Spaces put before an indented paragraph's text (the parser reads them as an indented line). */
const INDENT = '        ';

/**
 * Paragraph indents as leading spaces (mammoth drops indents): a wrapped "Perihal" value or an item's
 * continuation typed as an indented paragraph stays indented, as in a typed letter. The first line's
 * indent counts (left + first line − hanging), from a quarter inch (360 twips); list paragraphs are
 * numbered by mammoth and left alone.
 */
export function indentParagraphs(xml: string): string {
  return xml.replace(/<w:pPr>((?:(?!<\/w:pPr>)[\s\S])*)<\/w:pPr>/g, (whole, inner: string) => {
    const ind = /<w:ind\b([^>]*)>/.exec(inner);
    if (!ind || /<w:numPr>/.test(inner)) return whole;
    const attr = (name: string) => Number(new RegExp(`w:${name}="(-?\\d+)"`).exec(ind[1])?.[1] ?? 0);
    const first = (attr('left') || attr('start')) + attr('firstLine') - attr('hanging');
    return first >= 360 ? `${whole}<w:r><w:t xml:space="preserve">${INDENT}</w:t></w:r>` : whole;
  });
}

/** The .docx with its body's paragraph indents marked (unchanged when no paragraph is indented). */
async function markIndents(buf: ArrayBuffer): Promise<ArrayBuffer> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(buf);
  const doc = await zip.file('word/document.xml')?.async('string');
  if (!doc || !doc.includes('<w:ind')) return buf;
  const marked = indentParagraphs(doc);
  if (marked === doc) return buf;
  zip.file('word/document.xml', marked);
  return zip.generateAsync({ type: 'arraybuffer' });
}

/** Text of a header/footer part: a line per paragraph (table cells and text boxes in reading order). */
export function wordPartToText(xml: string): string {
  // A text box is stored twice (DrawingML and its VML fallback): keep one.
  const src = xml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '');
  let text = '';
  for (const m of src.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>|<\/w:p>/g)) {
    if (m[1] !== undefined) text += m[1];
    else text += m[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .filter((l) => l.trim())
    .join('\n');
}

/**
 * The first section's page header and footer (where many letters keep the kop surat and the
 * address): the first-page ones when the section has a different first page, else the default ones.
 */
async function pageHeaderAndFooter(buf: ArrayBuffer): Promise<{ header: string; footer: string }> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(buf);
  const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])?.[1], /Target="([^"]+)"/.exec(m[0])?.[1]]));
  const sect = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(doc)?.[0] ?? '';
  const firstPage = /<w:titlePg(?:\/>|\s+w:val="(?:1|true)")/.test(sect);
  const read = async (kind: 'header' | 'footer') => {
    const refs = [...sect.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*>`, 'g'))].map((m) => ({ type: /w:type="(\w+)"/.exec(m[0])?.[1], id: /r:id="([^"]+)"/.exec(m[0])?.[1] }));
    const ref = (firstPage && refs.find((r) => r.type === 'first')) || refs.find((r) => r.type === 'default');
    const target = ref?.id ? targets.get(ref.id) : undefined;
    const xml = target ? await zip.file(`word/${target.replace(/^\/?word\//, '')}`)?.async('string') : undefined;
    return xml ? wordPartToText(xml) : '';
  };
  return { header: await read('header'), footer: await read('footer') };
}

