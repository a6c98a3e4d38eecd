import { JSDOM } from 'jsdom';
import { renderSandboxPage } from '../../../sandbox/pages';
import type { Applicant } from '../../../lib/letter/schema';

/**
 * A sandbox page as a Document of its own JSDOM window. `scripts: true` runs the page's inline
 * scripts (event counter, datepicker stand-in) so tests can see what the page saw.
 */
export function sandboxDom(path: string, opts: { scripts?: boolean } = {}): JSDOM {
  const r = renderSandboxPage(path);
  if (!r.html) throw new Error(`no html for ${path}`);
  return new JSDOM(r.html, { url: 'https://lpse.example.go.id' + path, runScripts: opts.scripts ? 'dangerously' : undefined, pretendToBeVisual: true });
}

export function sandboxDoc(path: string, opts: { scripts?: boolean } = {}): Document {
  return sandboxDom(path, opts).window.document;
}

export const BUDI: Applicant = {
  name: 'Dr. Budi  Santoso, S.E., M.Si.',
  nip: '198503152010011003',
  position: 'Kepala Bidang',
  email: 'budi.santoso@contoh.go.id',
  phone: '+6281234567890',
};

export function input(doc: Document, name: string): HTMLInputElement {
  const el = doc.querySelector(`[name="${name}"]`);
  if (!el) throw new Error(`no control ${name}`);
  return el as HTMLInputElement;
}
