import { useEffect } from 'react';
import type { Lang } from '../../lib/i18n';
import { findActionElement, pointerFor } from '../../lib/spse/pointers';
import { tl } from './lifecycle-strings';
import type { SiteProfile } from '../../lib/spse/profile';

export type PointerProps = {
  lang: Lang;
  /** The SPSE pages of the case's current step (SOP data). */
  stepPages: readonly string[];
  pageId: string;
  url: string;
  /** The panel's host: never outlined. */
  host: () => Element | null;
  /** The host's taught profiles: taught pages resolve through them. */
  profiles?: readonly SiteProfile[];
};

const OUTLINE = '3px solid #f59e0b';

/**
 * "Buka halaman: …" for the current step (a link the user follows) and, on arrival, an outline
 * around the element to act on with a one-line hint. Pandu never clicks for the user.
 */
export function Pointer({ lang, stepPages, pageId, url, host, profiles }: PointerProps) {
  const { open, target } = pointerFor(stepPages, pageId, url, lang, profiles);
  useEffect(() => {
    if (!target) return;
    const el = findActionElement(document, target, host());
    if (!el) return;
    const before = { outline: el.style.outline, offset: el.style.outlineOffset };
    el.style.outline = OUTLINE;
    el.style.outlineOffset = '2px';
    el.setAttribute('data-pandu-pointer', '');
    return () => {
      el.style.outline = before.outline;
      el.style.outlineOffset = before.offset;
      el.removeAttribute('data-pandu-pointer');
    };
  }, [target, host, pageId]);
  if (!open && !target) return null;
  return (
    <p className="pandu-pointer" data-testid="pandu-pointer">
      {open && (
        <a href={open.href} data-testid="pandu-pointer-open">
          {tl(lang, 'openPage', { title: open.title })}
        </a>
      )}
      {target && <span data-testid="pandu-pointer-hint">{target.hint[lang]}</span>}
    </p>
  );
}
