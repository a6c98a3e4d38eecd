import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from './contract';
import { takeFirstViewReply } from '../extension/first-view';

export class MessageError extends Error {}

type Transport = (message: unknown) => Promise<unknown>;
/** The answer the bootstrap already asked for on this page (the panel's first view), else the background. */
const defaultTransport: Transport = (message) => takeFirstViewReply(message, Date.now()) ?? browser.runtime.sendMessage(message);

/**
 * Send a typed message to the background and get its answer. The background is the receiving
 * end that validates (lib/messaging/server.ts): it checks the request against the contract and
 * its own answer before replying, so this side only checks the reply's envelope. No zod here:
 * the panel (injected into SPSE tabs) stays small and never pays for validation twice (issue 14).
 */
/**
 * Reads the panel cannot do without and that change nothing: asked again when the answer is lost
 * on the way (the background's worker stopping or starting mid-request closes the port, or no
 * envelope comes back). Writes are never sent twice (a lost answer may follow a done write);
 * an error the background answered is final.
 */
const RETRIED_READS: ReadonlySet<string> = new Set(['sop.list', 'settings.get', 'calendar.national', 'case.list', 'case.detail', 'profile.list']);
export const READ_RETRY_MS: readonly number[] = [150, 600];

export async function sendMessage<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
  transport: Transport = defaultTransport,
  retryMs: readonly number[] = READ_RETRY_MS,
): Promise<ResponseOf<K>> {
  const message = { channel: 'pandu', type, payload };
  const lost = (raw: unknown) => !raw || typeof raw !== 'object';
  let raw: unknown;
  for (let attempt = 0; ; attempt++) {
    const last = !RETRIED_READS.has(type) || attempt >= retryMs.length;
    try {
      raw = await transport(message);
      if (!lost(raw) || last) break;
    } catch (e) {
      if (last) throw e;
    }
    await new Promise((r) => setTimeout(r, retryMs[attempt]));
  }
  if (lost(raw)) throw new MessageError(`Balasan ${type} dari latar belakang tidak valid.`);
  const reply = raw as { ok?: unknown; data?: unknown; error?: unknown };
  if (reply.ok === true && 'data' in reply) return reply.data as ResponseOf<K>;
  if (reply.ok === false && typeof reply.error === 'string') throw new MessageError(reply.error);
  throw new MessageError(`Balasan ${type} dari latar belakang tidak valid.`);
}
