// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

/** Every request the panel makes; the SOP catalog answers after the first paint stopped waiting for it. */
const asked: string[] = [];
const CATALOG_LATE_MS = 450; // longer than the first paint waits (FIRST_PAINT_WAIT_MS, 300 ms)
vi.mock('../../../lib/messaging/client', async () => {
  const { quietAnswer } = await import('./background-answers');
  return {
    sendMessage: vi.fn((type: string, payload: any) => {
      asked.push(type);
      return type === 'sop.list' ? new Promise((resolve) => setTimeout(() => resolve({ sops: [] }), CATALOG_LATE_MS)) : quietAnswer(type, payload);
    }),
  };
});

const { mountPanel } = await import('../../../components/panel/mount');
const { requestKey } = await import('../../../lib/extension/first-view');

describe('the panel asks for the SOP catalog once (issue 14)', () => {
  it('a catalog asked for ahead that comes after the first paint is not asked for again', async () => {
    // The bootstrap asked ahead (lib/extension/first-view.ts) and read the remembered panel state.
    const g = globalThis as { __panduFirstView?: Map<string, unknown>; __panduPanelState?: Promise<unknown> };
    g.__panduFirstView = new Map([[requestKey('sop.list', {}), { at: Date.now(), reply: new Promise(() => {}) }]]);
    g.__panduPanelState = Promise.resolve({ collapsed: false, lang: 'id', width: null });
    const unmount = mountPanel();
    expect(unmount).not.toBeNull();
    try {
      // The panel's own first requests went out after its first paint (the catalog's, if any, with them).
      await waitFor(() => expect(asked).toContain('settings.get'), { timeout: 2000 });
      expect(asked.filter((t) => t === 'sop.list')).toHaveLength(1);
    } finally {
      // Its page watcher and timers go with it: none may fire after this file's window is gone.
      unmount?.();
    }
  });
});
