import { browser } from 'wxt/browser';
import { cleanSenderDefaults, withSenderDefaults, type SenderDefaults } from '../prefill/letter-values';

/**
 * What the user told Pandu once for letters from a sender (satker, role, instansi), kept in the
 * extension's storage beside the panel state and shared by every SPSE tab. Read back through
 * `cleanSenderDefaults`: a malformed entry is dropped, never trusted.
 */
const KEY = 'pandu.senderDefaults';

export async function loadSenderDefaults(): Promise<Record<string, SenderDefaults>> {
  const got = await browser.storage.local.get(KEY);
  return cleanSenderDefaults(got[KEY]);
}

export async function rememberSenderDefaults(sender: string | null | undefined, values: SenderDefaults): Promise<Record<string, SenderDefaults>> {
  const next = withSenderDefaults(await loadSenderDefaults(), sender, values);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
