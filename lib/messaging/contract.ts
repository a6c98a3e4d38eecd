import { z } from 'zod';

/**
 * The typed message contract between content scripts, extension pages and the background.
 * Every message type names its request and response schemas; both ends validate with zod.
 * Add a message here, then its handler in entrypoints/background.ts.
 */
export const contract = {
  ping: {
    request: z.object({}).strict(),
    response: z.object({ pong: z.literal(true), version: z.string(), at: z.string() }),
  },
  /** Open the options page (content scripts cannot do it themselves). */
  openOptions: {
    request: z.object({ section: z.string().optional() }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} as const;

export type Contract = typeof contract;
export type MessageType = keyof Contract;
export type RequestOf<K extends MessageType> = z.input<Contract[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Contract[K]['response']>;

/** What travels over runtime.sendMessage. */
export const envelopeSchema = z.object({
  channel: z.literal('pandu'),
  type: z.string(),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** What comes back. Errors are Indonesian messages meant for the user. */
export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof replySchema>;

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(contract, type);
}

/** Indonesian description of a zod failure, naming the path. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(pesan)'}: ${i.message}`)
    .join('; ');
}
