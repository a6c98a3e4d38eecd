// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import { PanelApp } from '../../../components/panel/PanelApp';

describe('PanelApp (foundation)', () => {
  it('names a recognised page', () => {
    render(<PanelApp match={{ pageId: 'auditor-form', confidence: 0.9, role: 'admin-ppe' }} lang="id" collapsed={false} onToggle={() => {}} />);
    expect(screen.getByTestId('pandu-page').textContent).toContain('Formulir Auditor');
  });

  it('says "Halaman belum dikenali" otherwise', () => {
    render(<PanelApp match={{ pageId: 'unknown', confidence: 0, role: null }} lang="id" collapsed={false} onToggle={() => {}} />);
    expect(screen.getByTestId('pandu-page').textContent).toBe('Halaman belum dikenali');
  });

  it('collapses to a small tab and back', () => {
    const onToggle = vi.fn();
    const { rerender } = render(<PanelApp match={{ pageId: 'home', confidence: 1, role: null }} lang="en" collapsed={false} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse panel' }));
    expect(onToggle).toHaveBeenCalledTimes(1);
    rerender(<PanelApp match={{ pageId: 'home', confidence: 1, role: null }} lang="en" collapsed={true} onToggle={onToggle} />);
    expect(screen.queryByTestId('pandu-panel')).toBeNull();
    expect(screen.getByTestId('pandu-tab')).toBeTruthy();
  });
});
