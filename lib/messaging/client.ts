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
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
  transport: Transport = defaultTransport,
): Promise<ResponseOf<K>> {
  const raw = await transport({ channel: 'pandu', type, payload });
  if (!raw || typeof raw !== 'object') throw new MessageError(`Balasan ${type} dari latar belakang tidak valid.`);
  const reply = raw as { ok?: unknown; data?: unknown; error?: unknown };
  if (reply.ok === true && 'data' in reply) return reply.data as ResponseOf<K>;
  if (reply.ok === false && typeof reply.error === 'string') throw new MessageError(reply.error);
  throw new MessageError(`Balasan ${type} dari latar belakang tidak valid.`);
}
