import { useEffect, useRef, type ReactNode } from 'react';
import { makeT, type Lang } from '../../lib/i18n';

const t = makeT({
  collapse: { id: 'Ciutkan panel', en: 'Collapse panel' },
  expand: { id: 'Buka panel Pandu', en: 'Open the Pandu panel' },
  title: { id: 'Pandu SPSE', en: 'Pandu SPSE' },
});

export type PanelShellProps = {
  collapsed: boolean;
  onToggle: () => void;
  lang: Lang;
  children: ReactNode;
  /** Move the keyboard focus into the panel when it opens (keyboard shortcut). */
  focusOnOpen?: boolean;
  /** Escape inside the panel: close what is open (the letter intake, teach mode). */
  onEscape?: () => void;
};

/** The docked frame: a column on the right, or a small tab when collapsed. */
export function PanelShell({ collapsed, onToggle, lang, children, focusOnOpen, onEscape }: PanelShellProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!collapsed && focusOnOpen) closeButton.current?.focus();
  }, [collapsed, focusOnOpen]);
  if (collapsed) {
    return (
      <button type="button" className="pandu-tab" data-testid="pandu-tab" aria-label={t(lang, 'expand')} aria-expanded="false" onClick={onToggle}>
        Pandu
      </button>
    );
  }
  return (
    <aside
      className="pandu-panel"
      data-testid="pandu-panel"
      aria-label={t(lang, 'title')}
      lang={lang}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !onEscape || e.defaultPrevented) return;
        e.preventDefault();
        onEscape();
        closeButton.current?.focus();
      }}
    >
      <header className="pandu-header">
        <strong>{t(lang, 'title')}</strong>
        <button ref={closeButton} type="button" className="pandu-icon-btn" aria-label={t(lang, 'collapse')} aria-expanded="true" onClick={onToggle}>
          ⟩
        </button>
      </header>
      <div className="pandu-body">{children}</div>
    </aside>
  );
}
