/**
 * A .docx is a zip. Before a zip library inflates it, read its central directory and check the
 * declared uncompressed sizes, then inflate the large entries once with a counter that stops at
 * the limit (headers can lie): a 460 KB zip bomb never becomes 2.3 GB in memory.
 */

export type ZipEntry = { name: string; method: number; compressedSize: number; uncompressedSize: number; localOffset: number };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Entries a .docx needs at most (a normal one has 10–30). */
const MAX_ENTRIES = 2_000;

/** The entries listed in the zip's central directory; null when it is not a readable zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES || dirOffset >= bytes.length) return null;
  const out: ZipEntry[] = [];
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return null;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    out.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The compressed bytes of an entry (after its local header). */
function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL_SIGNATURE) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
}

/** Inflates a deflated entry, counting bytes; stops as soon as `max` is passed. The inflated size, or null past `max`. */
async function inflatedSize(data: Uint8Array, max: number): Promise<number | null> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > max) return null;
    }
  } catch {
    return total > max ? null : total; // a broken stream is the zip library's error to report
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

export type ZipCheck = { ok: true } | { ok: false; reason: 'not-zip' | 'too-big'; size?: number };

/**
 * Checks that the zip inflates to at most `maxBytes` in total: declared sizes first, then the
 * real size of every deflated entry (stopping at the limit).
 */
export async function checkZipSize(bytes: Uint8Array, maxBytes: number): Promise<ZipCheck> {
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false, reason: 'not-zip' };
  const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > maxBytes) return { ok: false, reason: 'too-big', size: declared };
  let real = 0;
  for (const e of entries) {
    if (e.method !== 8) {
      real += e.uncompressedSize;
      continue;
    }
    const data = entryData(bytes, e);
    if (!data) return { ok: false, reason: 'not-zip' };
    const size = await inflatedSize(data, maxBytes - real);
    if (size === null) return { ok: false, reason: 'too-big' };
    real += size;
  }
  return { ok: true };
}
