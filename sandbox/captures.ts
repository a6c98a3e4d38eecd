/**
 * Field captures ("Kirim contoh halaman", lib/spse/capture): redacted SPSE pages dropped into
 * `sandbox/captures/` become pages of the sandbox (`<their path>?capture=<file>.html`) and test
 * cases (tests/unit/spse/captures.test.ts recognises every one).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CAPTURES_DIR = join(import.meta.dirname ?? __dirname, 'captures');
const FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.html$/;

export function captureFiles(dir = CAPTURES_DIR): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => FILE.test(f)).sort() : [];
}

/** The capture a request asks for (`?capture=name.html`), or null. Only plain file names in the folder. */
export function readCapture(url: string, dir = CAPTURES_DIR): string | null {
  let name: string | null;
  try {
    name = new URL(url, 'http://sandbox.invalid').searchParams.get('capture');
  } catch {
    return null;
  }
  if (!name || !FILE.test(name) || !captureFiles(dir).includes(name)) return null;
  return readFileSync(join(dir, name), 'utf8');
}
