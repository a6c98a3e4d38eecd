import { readFileSync } from 'node:fs';
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

  it('a bad request is refused by the background, which names the field (the client sends it unchecked)', async () => {
    const bad = sendMessage('case.detail', { caseId: '' }, loopback(handlers));
    await expect(bad).rejects.toBeInstanceOf(MessageError);
    await expect(bad).rejects.toThrow(/Pesan case\.detail tidak valid: .*caseId/);
  });

  it('an answer that is not a reply envelope is refused', async () => {
    await expect(sendMessage('ping', {}, async () => undefined)).rejects.toThrow('Balasan ping dari latar belakang tidak valid.');
    await expect(sendMessage('ping', {}, async () => ({ ok: 'yes', data: {} }))).rejects.toThrow(/tidak valid/);
    await expect(sendMessage('ping', {}, async () => ({ ok: false }))).rejects.toThrow(/tidak valid/);
  });

  it('a read whose answer is lost on the way (port closed, no envelope) is asked again; a write never is', async () => {
    const flaky = (failures: number) => {
      let calls = 0;
      const t = async (m: unknown) => {
        calls++;
        if (calls === 1 && failures > 0) throw new Error('The message port closed before a response was received.');
        if (calls <= failures) return undefined;
        return { ok: true, data: { echo: (m as { type: string }).type } };
      };
      return { t, calls: () => calls };
    };
    const read = flaky(2);
    await expect(sendMessage('settings.get', {}, read.t, [1, 1])).resolves.toEqual({ echo: 'settings.get' });
    expect(read.calls()).toBe(3);
    const gone = flaky(9);
    await expect(sendMessage('case.list', {}, gone.t, [1, 1])).rejects.toThrow(/port closed|tidak valid/);
    expect(gone.calls()).toBe(3);
    const write = flaky(1);
    await expect(sendMessage('step.finish', { caseId: 'c1', stepNo: 1 }, write.t, [1, 1])).rejects.toThrow(/port closed/);
    expect(write.calls()).toBe(1);
    // An error the background answered is final, read or not.
    let asked = 0;
    await expect(sendMessage('case.detail', { caseId: '' }, (m) => (asked++, loopback(handlers)(m)), [1, 1])).rejects.toBeInstanceOf(MessageError);
    expect(asked).toBe(1);
  });

  it('the client (imported by the panel in every SPSE tab) runs no zod', () => {
    const src = readFileSync('lib/messaging/client.ts', 'utf8');
    expect(src).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'(zod|\.\/contract)'/m);
  });

  it('surfaces a handler error as a MessageError', async () => {
    const failing = { ...handlers, ping: () => { throw new Error('Gagal menyimpan'); } } as unknown as Handlers;
    await expect(sendMessage('ping', {}, loopback(failing))).rejects.toBeInstanceOf(MessageError);
  });
});
