import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { makeT, type Lang } from '../../lib/i18n';
import { PANEL_DEFAULT_WIDTH, widthAfterKey, widthAtPointer, type PanelLayout } from '../../lib/extension/panel-layout';

const t = makeT({
  collapse: { id: 'Ciutkan panel', en: 'Collapse panel' },
  expand: { id: 'Buka panel Pandu', en: 'Open the Pandu panel' },
  title: { id: 'Pandu SPSE', en: 'Pandu SPSE' },
  resize: { id: 'Lebar panel (panah kiri/kanan)', en: 'Panel width (left/right arrows)' },
  px: { id: '{n} piksel', en: '{n} pixels' },
});

/** The control a keyboard user wants first when the panel opens (the letter box); else the collapse button. */
export const AUTOFOCUS_ATTR = 'data-pandu-autofocus';

export type PanelShellProps = {
  collapsed: boolean;
  onToggle: () => void;
  lang: Lang;
  children: ReactNode;
  /** Move the keyboard focus into the panel when it opens (keyboard shortcut). */
  focusOnOpen?: boolean;
  /** Bumped to move the focus into the open panel again (the shortcut pressed while the focus is on the page). */
  focusRequest?: number;
  /** Escape inside the panel: close what is open (the letter intake, teach mode). */
  onEscape?: () => void;
  /** Width, bounds and mode (dock/overlay); without it the panel has its default width and no handle. */
  layout?: PanelLayout;
  /** The resize handle moved (`final`: the drag ended or a key was pressed, so the width is remembered). */
  onResize?: (width: number, final: boolean) => void;
  /** A file or text dropped anywhere on the panel (the letter: a new case starts with it). */
  onDropLetter?: (data: DataTransfer) => void;
};

/** The frame: a column on the right (docked or floating), or a small tab when collapsed. */
export function PanelShell({ collapsed, onToggle, lang, children, focusOnOpen, focusRequest = 0, onEscape, layout, onResize, onDropLetter }: PanelShellProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (collapsed || (!focusOnOpen && !focusRequest)) return;
    const first = body.current?.querySelector<HTMLElement>(`[${AUTOFOCUS_ATTR}]`);
    (first ?? closeButton.current)?.focus();
  }, [collapsed, focusOnOpen, focusRequest]);
  if (collapsed) {
    return (
      <button type="button" className="pandu-tab" data-testid="pandu-tab" aria-label={t(lang, 'expand')} aria-expanded="false" onClick={onToggle}>
        Pandu
      </button>
    );
  }
  const width = layout?.width ?? PANEL_DEFAULT_WIDTH;
  const style: CSSProperties = { width };
  return (
    <aside
      className={`pandu-panel ${layout?.mode === 'overlay' ? 'pandu-overlay' : 'pandu-docked'}`}
      data-testid="pandu-panel"
      data-mode={layout?.mode ?? 'dock'}
      style={style}
      aria-label={t(lang, 'title')}
      lang={lang}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !onEscape || e.defaultPrevented) return;
        e.preventDefault();
        onEscape();
        closeButton.current?.focus();
      }}
      onDragOver={onDropLetter && ((e) => e.dataTransfer?.types.includes('Files') && e.preventDefault())}
      onDrop={
        onDropLetter &&
        ((e) => {
          if (e.defaultPrevented || !e.dataTransfer?.files?.length) return;
          e.preventDefault();
          onDropLetter(e.dataTransfer);
        })
      }
    >
      {layout && onResize && <ResizeHandle lang={lang} layout={layout} onResize={onResize} />}
      <header className="pandu-header">
        <strong>{t(lang, 'title')}</strong>
        <button ref={closeButton} type="button" className="pandu-icon-btn" aria-label={t(lang, 'collapse')} aria-expanded="true" onClick={onToggle}>
          ⟩
        </button>
      </header>
      <div className="pandu-body" ref={body}>
        {children}
      </div>
    </aside>
  );
}

/**
 * The panel's left edge: drag it, or focus it and use the arrow keys (Home/End: narrowest/widest).
 * A focusable separator with its value in pixels (WAI-ARIA window splitter).
 */
function ResizeHandle({ lang, layout, onResize }: { lang: Lang; layout: PanelLayout; onResize: (width: number, final: boolean) => void }) {
  const drag = useRef<number | null>(null);
  const at = (clientX: number, el: Element) => widthAtPointer(clientX, el.ownerDocument.documentElement.clientWidth, layout);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t(lang, 'resize')}
      aria-valuenow={layout.width}
      aria-valuemin={layout.min}
      aria-valuemax={layout.max}
      aria-valuetext={t(lang, 'px', { n: layout.width })}
      tabIndex={0}
      className="pandu-resize"
      data-testid="pandu-resize"
      onKeyDown={(e) => {
        const next = widthAfterKey(e.key, layout.width, layout);
        if (next === null) return;
        e.preventDefault();
        onResize(next, true);
      }}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        drag.current = e.pointerId;
        e.currentTarget.setPointerCapture?.(e.pointerId);
      }}
      onPointerMove={(e) => drag.current === e.pointerId && onResize(at(e.clientX, e.currentTarget), false)}
      onPointerUp={(e) => {
        if (drag.current !== e.pointerId) return;
        drag.current = null;
        onResize(at(e.clientX, e.currentTarget), true);
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
    />
  );
}
