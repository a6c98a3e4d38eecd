/**
 * The page images of a scanner's PDF, taken out as they are: most scanners and phone apps write one
 * JPEG (DCTDecode) image per page. Reading those bytes needs no drawing (pdf.js rendering does not
 * run in Chrome's hidden offscreen document) and keeps the scan's full resolution. Anything else
 * (JBIG2, CCITT, Flate images, several images a page) is left to rendering.
 */

const latin1 = (b: Uint8Array, from: number, to: number) => {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]);
  return s;
};

/** The JPEG images of a PDF in file order; each starts with the JPEG SOI marker. */
export function pdfJpegImages(bytes: Uint8Array): Uint8Array[] {
  // The file as latin-1 text (1 char = 1 byte) so positions match bytes.
  const text = latin1(bytes, 0, bytes.length);
  const out: Uint8Array[] = [];
  const dictRe = /<<((?:(?!>>\s*stream)[\s\S]){0,2000}?)>>\s*stream(\r\n|\n|\r)/g;
  let m: RegExpExecArray | null;
  while ((m = dictRe.exec(text))) {
    const dict = m[1];
    if (!/\/Subtype\s*\/Image/.test(dict) || !/\/Filter\s*(\[\s*)?\/DCTDecode\s*\]?/.test(dict) || /\/Filter\s*\[[^\]]*\/[A-Za-z0-9]+\s+\/[A-Za-z]/.test(dict)) continue;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    if (!length) continue;
    const start = m.index + m[0].length;
    const end = start + Number(length[1]);
    if (end > bytes.length || bytes[start] !== 0xff || bytes[start + 1] !== 0xd8) continue;
    out.push(bytes.slice(start, end));
    dictRe.lastIndex = end;
  }
  return out;
}
