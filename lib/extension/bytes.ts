/** Bytes ↔ base64 for runtime messages (which carry JSON only). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const MAX_LETTER_FILE_BYTES = 20 * 1024 * 1024;

/**
 * A page's File, copied into this script's own buffer before anything else touches it: in Firefox
 * the File a content script gets from the page's DOM gives an ArrayBuffer of the page's
 * compartment, and typed-array methods over it (`subarray`'s species lookup) fail with
 * "Permission denied to access property constructor" (issue 13).
 */
export async function readOwnBytes(file: { arrayBuffer(): Promise<ArrayBuffer> }, max = MAX_LETTER_FILE_BYTES): Promise<{ bytes: Uint8Array } | { error: string }> {
  const buf = await file.arrayBuffer();
  if (buf.byteLength > max) return { error: `Berkas terlalu besar (maks. ${Math.round(max / 1024 / 1024)} MB).` };
  const bytes = new Uint8Array(buf.byteLength);
  bytes.set(new Uint8Array(buf));
  return { bytes };
}
