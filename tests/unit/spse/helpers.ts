import { JSDOM } from 'jsdom';
import { renderSandboxPage } from '../../../sandbox/pages';

export function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

/** A sandbox page (rendered without a server) as a Document. */
export function sandboxDoc(path: string): Document {
  const r = renderSandboxPage(path);
  if (!r.html) throw new Error(`no html for ${path}`);
  return parse(r.html);
}

export function sandboxHtml(path: string): string {
  return renderSandboxPage(path).html;
}

/** Extra attributes on many tags and extra whitespace around every text node. */
export function noisy(html: string): string {
  return html
    .replace(/<(input|label|div|h\d|a|th|td|select|nav|li)\b/g, '<$1 data-extra="1" style="" aria-hidden="false"')
    .replace(/>([^<>]+)</g, (_m, t: string) => `>\n\t  ${t}   \n<`);
}
