import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { recognise } from '../../lib/spse/recognise';
import { locateFields } from '../../lib/spse/fields';
import { routeById } from '../../lib/spse/route-table';
import { ATTRIBUTE_LABELS } from '../../lib/spse/attributes';
import type { SiteProfile } from '../../lib/spse/profile';
import { sendMessage } from '../../lib/messaging/client';
import { hostOf, profileFromCheckedRecords } from '../../lib/extension/site-profiles';
import { watchPage } from '../../lib/extension/dom-watch';
import { bootMatchFor, type BootVerdictGlobals } from '../../lib/extension/boot-verdict';
import type { PanelPageMatch } from './PanelApp';

export type PageState = {
  match: PanelPageMatch;
  /** Built-in fields of a recognised form that were not found ("kolom tidak ditemukan"). */
  missingFields: string[];
  profiles: SiteProfile[];
  /** Re-read the taught profiles (after teaching) and recognise again. */
  reloadProfiles: () => Promise<void>;
};

function matchNow(profiles: SiteProfile[]): PanelPageMatch {
  try {
    const m = recognise(location.href, document, profiles);
    return { pageId: m.pageId, confidence: m.confidence, role: m.role ?? null };
  } catch {
    return { pageId: 'unknown', confidence: 0, role: null };
  }
}

function bootMatch(): PanelPageMatch | null {
  return bootMatchFor(globalThis as BootVerdictGlobals, location.href);
}

function missingOf(pageId: string, profiles: SiteProfile[]): string[] {
  if (pageId === 'unknown' || !routeById(pageId)?.fields) return [];
  try {
    return locateFields(document, pageId, profiles)
      .filter((f) => !f.found)
      .map((f) => ATTRIBUTE_LABELS[f.attribute]?.id ?? f.attribute);
  } catch {
    return [];
  }
}

/**
 * Which SPSE page is this: on load, after in-page navigation and after DOM changes (throttled).
 * Problems (a page not recognised, a built-in field not found) are logged once per page for the
 * supervisor's report.
 */
export function usePageMatch(ctx: ContentScriptContext, hostElement: () => Element | null): PageState {
  const [profiles, setProfiles] = useState<SiteProfile[]>([]);
  // The bootstrap recognised this address a moment ago (built-in pages, as here before profiles load).
  const [match, setMatch] = useState<PanelPageMatch>(() => bootMatch() ?? matchNow([]));
  const [missingFields, setMissing] = useState<string[]>([]);
  const logged = useRef(new Set<string>());
  const profilesRef = useRef<SiteProfile[]>([]);

  const evaluate = useCallback(() => {
    const m = matchNow(profilesRef.current);
    setMatch((old) => (old.pageId === m.pageId && old.confidence === m.confidence ? old : m));
    const missing = missingOf(m.pageId, profilesRef.current);
    setMissing((old) => (old.join('|') === missing.join('|') ? old : missing));
    const report = (kind: 'page-unknown' | 'field-not-found', detail: string) => {
      const key = `${location.pathname}|${kind}|${detail}`;
      if (logged.current.has(key)) return;
      logged.current.add(key);
      void sendMessage('problem.add', { url: location.href, pageId: m.pageId, kind, detail }).catch(() => undefined);
    };
    if (m.pageId === 'unknown') report('page-unknown', document.title || location.pathname);
    for (const f of missing) report('field-not-found', f);
  }, []);

  const reloadProfiles = useCallback(async () => {
    const host = hostOf(location.href);
    try {
      const { profiles: records } = await sendMessage('profile.list', { host });
      const p = profileFromCheckedRecords(host, records);
      profilesRef.current = p ? [p] : [];
      setProfiles(profilesRef.current);
    } catch {
      /* no profiles: built-in data only */
    }
    evaluate();
  }, [evaluate]);

  useEffect(() => {
    void reloadProfiles();
    ctx.addEventListener(window, 'wxt:locationchange', () => evaluate());
    // The observer's own cost, readable by benchmarks on the host element.
    let spent = 0;
    const onCost = (ms: number) => {
      spent += ms;
      hostElement()?.setAttribute('data-pandu-observer-ms', spent.toFixed(2));
    };
    const stop = watchPage(document, evaluate, { ignore: hostElement, onCost });
    ctx.onInvalidated(stop);
    return stop;
  }, [ctx, evaluate, reloadProfiles, hostElement]);

  return { match, missingFields, profiles, reloadProfiles };
}
