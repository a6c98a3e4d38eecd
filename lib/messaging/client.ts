import { browser } from 'wxt/browser';
import { contract, describeZodError, replySchema, type MessageType, type RequestOf, type ResponseOf } from './contract';

export class MessageError extends Error {}

type Transport = (message: unknown) => Promise<unknown>;
const defaultTransport: Transport = (message) => browser.runtime.sendMessage(message);

/** Send a typed message to the background and get its validated answer. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
  transport: Transport = defaultTransport,
): Promise<ResponseOf<K>> {
  const spec = contract[type];
  const req = spec.request.safeParse(payload);
  if (!req.success) throw new MessageError(`Pesan ${type} tidak valid: ${describeZodError(req.error)}`);
  const raw = await transport({ channel: 'pandu', type, payload: req.data });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`Balasan ${type} dari latar belakang tidak valid.`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  const res = spec.response.safeParse(reply.data.data);
  if (!res.success) throw new MessageError(`Balasan ${type} tidak sesuai kontrak: ${describeZodError(res.error)}`);
  return res.data as ResponseOf<K>;
}
