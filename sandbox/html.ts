/**
 * A tiny escaping template helper for sandbox pages.
 * Every interpolated value is HTML-escaped unless it is already `Html` (built by `html` or `raw`).
 * Arrays are joined (each item escaped the same way); null, undefined and false render nothing.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function part(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  return esc(value);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Trusted markup written by the sandbox itself (never user input). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** A guess marker visible in the page source: `<!-- GUESS: ... -->`. */
export function guess(note: string): Html {
  return new Html(`<!-- GUESS: ${note.replace(/--/g, '- -')} -->`);
}
