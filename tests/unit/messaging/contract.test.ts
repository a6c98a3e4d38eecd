import { describe, expect, it } from 'vitest';
import { sendMessage, MessageError } from '../../../lib/messaging/client';
import { createMessageListener, type Handlers } from '../../../lib/messaging/server';

const handlers = {
  ping: () => ({ pong: true, version: '9.9.9', at: '2026-11-26T00:00:00.000Z' }),
  openOptions: () => ({ opened: true }),
} as unknown as Handlers;

function loopback(h: Handlers) {
  const listener = createMessageListener(h);
  return async (message: unknown) => listener(message, {});
}

describe('typed messages', () => {
  it('round-trips a ping through both validators', async () => {
    const res = await sendMessage('ping', {}, loopback(handlers));
    expect(res).toEqual({ pong: true, version: '9.9.9', at: '2026-11-26T00:00:00.000Z' });
  });

  it('ignores messages that are not ours', () => {
    const listener = createMessageListener(handlers);
    expect(listener({ hello: 'world' }, {})).toBeUndefined();
  });

  it('rejects an unknown type with an Indonesian error', async () => {
    const listener = createMessageListener(handlers);
    const reply = await listener({ channel: 'pandu', type: 'nope', payload: {} }, {});
    expect(reply).toEqual({ ok: false, error: 'Jenis pesan tidak dikenal: nope' });
  });

  it('rejects a bad request payload on the receiving end', async () => {
    const listener = createMessageListener(handlers);
    const r = await listener({ channel: 'pandu', type: 'ping', payload: { extra: 1 } }, {})!;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Pesan ping tidak valid/);
  });

  it('rejects a handler answer that breaks the contract', async () => {
    const bad = { ...handlers, ping: () => ({ pong: false }) } as unknown as Handlers;
    await expect(sendMessage('ping', {}, loopback(bad))).rejects.toThrow(/tidak sesuai kontrak/);
  });

  it('surfaces a handler error as a MessageError', async () => {
    const failing = { ...handlers, ping: () => { throw new Error('Gagal menyimpan'); } } as unknown as Handlers;
    await expect(sendMessage('ping', {}, loopback(failing))).rejects.toBeInstanceOf(MessageError);
  });
});
