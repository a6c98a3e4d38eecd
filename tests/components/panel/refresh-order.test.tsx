// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The answers the panel gets from the background; `case.list` (and `case.detail`) answer when the test says so. */
type Deferred = { type: string; payload: any; resolve: (value: unknown) => void };
const held: Deferred[] = [];
vi.mock('../../../lib/messaging/client', async () => {
  const { quietAnswer } = await import('./background-answers');
  return {
    sendMessage: vi.fn((type: string, payload: any) =>
      type === 'case.list' || type === 'case.detail' ? new Promise((resolve) => held.push({ type, payload, resolve })) : quietAnswer(type, payload),
    ),
  };
});

const { PanelRoot } = await import('../../../components/panel/PanelRoot');
const { builtinCatalog } = await import('../../../lib/sop/catalog');
const { caseSchema } = await import('../../../lib/log/schema');
const { LOG_CHANGED_KEY } = await import('../../../lib/extension/panel-state');

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const kase = (id: string, number: string) =>
  caseSchema.parse({ id, sopId: SOP_ID, letter: { number }, receivedAt: '2026-11-20T09:00:00+07:00', createdAt: '2026-11-20T09:00:00+07:00', updatedAt: '2026-11-20T09:00:00+07:00' });
const ctx = { addEventListener: () => {}, onInvalidated: () => () => {} } as unknown as ContentScriptContext;

/** The next held `case.list` request, once the panel has sent it. */
async function nextCaseList(): Promise<Deferred> {
  let found: Deferred | undefined;
  await waitFor(() => {
    found = held.find((d) => d.type === 'case.list');
    expect(found).toBeDefined();
  });
  held.splice(held.indexOf(found!), 1);
  return found!;
}

const pickerIds = () => [...(screen.getByTestId('pandu-case-picker') as HTMLSelectElement).options].map((o) => o.value).filter(Boolean);

beforeEach(async () => {
  held.length = 0;
  await browser.storage.local.clear();
});

describe('the panel re-reads the log: only the latest read is shown', () => {
  it('an older case.list answer arriving last does not overwrite a newer one', async () => {
    render(<PanelRoot ctx={ctx} initiallyCollapsed={false} initialLang="id" initialVersions={builtinCatalog()} onToggleRequest={() => () => {}} />);
    const first = await nextCaseList();
    await act(async () => first.resolve({ cases: [kase('c1', 'ST-1/2026')], summaries: [] }));
    await waitFor(() => expect(pickerIds()).toEqual(['c1']));

    // Another tab changes the log twice in a row: two reads overlap.
    await act(async () => browser.storage.local.set({ [LOG_CHANGED_KEY]: 1 }));
    const older = await nextCaseList();
    await act(async () => browser.storage.local.set({ [LOG_CHANGED_KEY]: 2 }));
    const newer = await nextCaseList();

    // The newer read answers first (two cases now), the older one last (still one case).
    await act(async () => newer.resolve({ cases: [kase('c1', 'ST-1/2026'), kase('c2', 'ST-2/2026')], summaries: [] }));
    await waitFor(() => expect(pickerIds()).toEqual(['c1', 'c2']));
    await act(async () => older.resolve({ cases: [kase('c1', 'ST-1/2026')], summaries: [] }));
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(pickerIds()).toEqual(['c1', 'c2']);
  });

  it('the read made before the remembered case was known does not hide that case when it answers last', async () => {
    await browser.storage.local.set({ 'pandu.activeCase': 'c1' });
    render(<PanelRoot ctx={ctx} initiallyCollapsed={false} initialLang="id" initialVersions={builtinCatalog()} onToggleRequest={() => () => {}} />);
    // The first read starts at once (no case known yet), the second once the remembered case is read.
    const beforeKnown = await nextCaseList();
    const afterKnown = await nextCaseList();
    const c1 = kase('c1', 'ST-1/2026');
    await act(async () => afterKnown.resolve({ cases: [c1], summaries: [] }));
    const detail = held.splice(0).find((d) => d.type === 'case.detail');
    expect(detail?.payload).toEqual({ caseId: 'c1' });
    await act(async () => detail!.resolve({ case: c1, events: [], caseEvents: [] }));
    await waitFor(() => expect((screen.getByTestId('pandu-case-picker') as HTMLSelectElement).value).toBe('c1'));
    await act(async () => beforeKnown.resolve({ cases: [c1], summaries: [] }));
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect((screen.getByTestId('pandu-case-picker') as HTMLSelectElement).value).toBe('c1');
  });
});
