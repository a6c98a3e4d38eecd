/**
 * A form whose labels are numbered ("1. Nama Lengkap (dengan gelar) : …", "2. NIP/NRP : …"): the
 * item numbers belong to the form, not to a list of people. In a run of 3 or more such lines, each
 * a field label followed by ":", the number is dropped and the line read as "Label : value". The
 * value itself is read verbatim from its labelled line (only the form's item number goes).
 */
import { classifyKey } from './people';
import { collapse, type Line } from './text';

const NUMBERED_LABEL = /^(\s*)\d{1,2}[.)]\s+([A-Za-z][^:\t]{0,50}?)(\s*(?:\t+\s*)?:)/;

/** The label of a numbered label line, or null. */
function numberedLabel(l: Line): string | null {
  const m = NUMBERED_LABEL.exec(l.raw);
  return m ? m[2].trim() : null;
}

/** Runs of 3 or more numbered "Label : value" lines, two of them a person's fields: the numbers dropped. */
export function unnumberFormLabels(lines: Line[]): Line[] {
  const out = lines.slice();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && numberedLabel(lines[j]) !== null) j++;
    const kinds = lines.slice(i, j).map((l) => classifyKey(numberedLabel(l) ?? ''));
    const known = new Set(kinds.filter((k) => k !== 'other'));
    if (j - i >= 3 && (known.has('name') || known.has('nip')) && known.size >= 2) {
      for (let k = i; k < j; k++) {
        const raw = lines[k].raw.replace(NUMBERED_LABEL, '$1$2$3');
        out[k] = { ...lines[k], raw, text: collapse(raw) };
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
