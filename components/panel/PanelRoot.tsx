import { useCallback, useEffect, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PanelApp, type PanelPageMatch } from './PanelApp';
import { recognise } from '../../lib/spse/recognise';
import { saveCollapsed } from '../../lib/extension/panel-state';
import { releasePageSpace, reservePageSpace } from '../../lib/extension/dock';
import type { Lang } from '../../lib/i18n';

export const PANEL_WIDTH = 340;

export type PanelRootProps = {
  ctx: ContentScriptContext;
  initiallyCollapsed: boolean;
  initialLang: Lang;
  onToggleRequest: (listener: () => void) => () => void;
};

function currentMatch(): PanelPageMatch {
  try {
    const m = recognise(location.href, document);
    return { pageId: m.pageId, confidence: m.confidence, role: m.role ?? null };
  } catch {
    return { pageId: 'unknown', confidence: 0, role: null };
  }
}

/** Glue between the page (recognition, navigation, dock space) and the panel UI. */
export function PanelRoot({ ctx, initiallyCollapsed, initialLang, onToggleRequest }: PanelRootProps) {
  const [match, setMatch] = useState<PanelPageMatch>(currentMatch);
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);

  useEffect(() => {
    const onNav = () => setMatch(currentMatch());
    ctx.addEventListener(window, 'wxt:locationchange', onNav);
  }, [ctx]);

  const toggle = useCallback(() => {
    setCollapsed((c) => {
      void saveCollapsed(!c);
      return !c;
    });
  }, []);

  useEffect(() => onToggleRequest(toggle), [onToggleRequest, toggle]);

  useEffect(() => {
    if (collapsed) releasePageSpace(document);
    else reservePageSpace(document, PANEL_WIDTH);
  }, [collapsed]);

  return <PanelApp match={match} lang={initialLang} collapsed={collapsed} onToggle={toggle} />;
}
