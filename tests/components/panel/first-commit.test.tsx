// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Issue 14: the markup kept for the bootstrap's next paint (lib/extension/first-frame.ts) is the
 * panel's first commit — before the log is read, so no case, letter or person is ever in it —
 * even when the background answers at once.
 */
const { caseSchema } = await import('../../../lib/log/schema');
const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const kase = caseSchema.parse({
  id: 'c1',
  sopId: SOP_ID,
  letter: { number: 'ST-99/PBJ/2026', sender: 'Inspektorat Kabupaten Contoh' },
  receivedAt: '2026-11-20T09:00:00+07:00',
  createdAt: '2026-11-20T09:00:00+07:00',
  updatedAt: '2026-11-20T09:00:00+07:00',
});
vi.mock('../../../lib/messaging/client', async () => {
  const { quietAnswer } = await import('./background-answers');
  return {
    sendMessage: vi.fn((type: string, payload: any) => (type === 'case.list' ? Promise.resolve({ cases: [kase], summaries: [] }) : quietAnswer(type, payload))),
  };
});
const { PanelRoot } = await import('../../../components/panel/PanelRoot');
const { builtinCatalog } = await import('../../../lib/sop/catalog');
const ctx = { addEventListener: () => {}, onInvalidated: () => () => {} } as unknown as ContentScriptContext;

describe('the panel’s first commit', () => {
  it('is reported once, with the page it was rendered for, and holds nothing read from the log', async () => {
    const commits: { pageId: string; html: string }[] = [];
    const container = document.body.appendChild(document.createElement('div'));
    render(
      <PanelRoot
        ctx={ctx}
        initiallyCollapsed={false}
        initialLang="id"
        initialVersions={builtinCatalog()}
        onToggleRequest={() => () => {}}
        onFirstCommit={(pageId) => commits.push({ pageId, html: container.innerHTML })}
      />,
      { container },
    );
    // The case the background answered with at once is on show after the first commit…
    await waitFor(() => expect([...(screen.getByTestId('pandu-case-picker') as HTMLSelectElement).options].map((o) => o.textContent).join(' ')).toContain('ST-99/PBJ/2026'));
    // …and was never in it.
    expect(commits).toHaveLength(1);
    expect(commits[0].pageId).toBe('unknown');
    expect(commits[0].html).toContain('data-testid="pandu-panel"');
    expect(commits[0].html).not.toContain('ST-99');
    expect(commits[0].html).not.toContain('Inspektorat Kabupaten Contoh');
  });
});
