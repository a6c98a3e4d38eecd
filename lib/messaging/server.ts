import { contract, describeZodError, envelopeSchema, isMessageType, type MessageType, type Reply, type RequestOf, type ResponseOf } from './contract';

export type Handlers = {
  [K in MessageType]: (payload: RequestOf<K>, sender: unknown) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Build the background's runtime.onMessage listener. Returns undefined for messages that are
 * not ours (so other listeners may answer), otherwise a promise of a validated Reply.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: unknown): Promise<Reply> | undefined => {
    const env = envelopeSchema.safeParse(message);
    if (!env.success) return undefined;
    return dispatch(handlers, env.data.type, env.data.payload, sender);
  };
}

async function dispatch(handlers: Handlers, type: string, payload: unknown, sender: unknown): Promise<Reply> {
  if (!isMessageType(type)) return { ok: false, error: `Jenis pesan tidak dikenal: ${type}` };
  const spec = contract[type];
  const req = spec.request.safeParse(payload);
  if (!req.success) return { ok: false, error: `Pesan ${type} tidak valid: ${describeZodError(req.error)}` };
  try {
    const handler = handlers[type] as (p: unknown, s: unknown) => Promise<unknown> | unknown;
    const data = await handler(req.data, sender);
    const res = spec.response.safeParse(data);
    if (!res.success) return { ok: false, error: `Balasan ${type} tidak sesuai kontrak: ${describeZodError(res.error)}` };
    return { ok: true, data: res.data };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
