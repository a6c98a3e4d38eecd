/**
 * The vendor (penyedia) shown on an SPSE vendor page: its name and NPWP, read from the page's
 * labelled detail rows (`<tr><th>NPWP</th><td>…</td></tr>`, or `<dt>`/`<dd>` pairs), so a walk-in
 * case opened there starts with them (issue 10 item 5). Site knowledge: the labels SPSE uses.
 */
export type VendorOnPage = { name: string | null; npwp: string | null };

/** Pages whose detail rows describe one vendor. */
export const VENDOR_PAGE_IDS: readonly string[] = ['penyedia-verification-detail'];

const NAME_LABELS = ['nama penyedia', 'nama perusahaan', 'nama badan usaha', 'nama rekanan'];
const NPWP_LABELS = ['npwp', 'npwp perusahaan', 'npwp badan usaha'];
const MAX_NAME = 200;

const labelOf = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').replace(/\s*[:：]\s*$/, '').trim().toLowerCase();
const valueOf = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** An NPWP as shown (15 digits, formatted or not, or the 16-digit form since 2024), else null. */
export function cleanNpwp(text: string): string | null {
  const digits = text.replace(/[.\-\s]/g, '');
  return /^\d{15,16}$/.test(digits) ? text.trim() : null;
}

function pairs(root: ParentNode): [string, string][] {
  const out: [string, string][] = [];
  for (const row of Array.from(root.querySelectorAll('tr'))) {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    if (cells.length >= 2) out.push([labelOf(cells[0].textContent), valueOf(cells[1].textContent)]);
  }
  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') out.push([labelOf(dt.textContent), valueOf(dd.textContent)]);
  }
  return out;
}

/** Name and NPWP of the vendor on the page; null when the page names neither. */
export function readVendor(root: ParentNode): VendorOnPage | null {
  let name: string | null = null;
  let npwp: string | null = null;
  for (const [label, value] of pairs(root)) {
    if (!name && NAME_LABELS.includes(label) && value) name = value.slice(0, MAX_NAME);
    if (!npwp && NPWP_LABELS.includes(label)) npwp = cleanNpwp(value);
  }
  return name || npwp ? { name, npwp } : null;
}
