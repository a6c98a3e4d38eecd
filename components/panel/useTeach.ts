import { useEffect, useState } from 'react';
import { ROUTES } from '../../lib/spse/route-table';
import type { PersonAttribute } from '../../lib/spse/routes';
import { isFillable } from '../../lib/spse/fields';
import { teachPage } from '../../lib/spse/teach';
import type { SiteProfile } from '../../lib/spse/profile';
import { taughtPage } from '../../lib/spse/taught';
import { isTaughtPageId, taughtPageIdFor } from '../../lib/sop/taught-page-id';
import type { Sop } from '../../lib/sop/schema';
import { pageTitle } from '../../lib/spse/titles';
import { TEACHABLE_ATTRIBUTES } from '../../lib/spse/attributes';
import { sendMessage } from '../../lib/messaging/client';
import { hostOf, recordFor } from '../../lib/extension/site-profiles';
import type { Lang } from '../../lib/i18n';
import { NEW_PAGE, type TeachPageProps } from './TeachPage';

function describe(el: Element): string {
  const name = el.getAttribute('name');
  const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() : null;
  return [label, name ? `name=${name}` : el.id ? `#${el.id}` : el.tagName.toLowerCase()].filter(Boolean).join(' · ');
}

function hasFormInputs(): boolean {
  return [...document.querySelectorAll('input, select, textarea')].some((el) => isFillable(el));
}

/**
 * State of "Ajari halaman ini": the chosen page (a known one, or a new one with the name the user
 * gives it), the SOP step it belongs to, and the inputs the user clicked on the SPSE page (a
 * capture-phase click listener, active only while picking; clicks inside the panel are ignored).
 */
export function useTeach(currentPageId: string, hostElement: () => Element | null, onSaved: () => Promise<void>, profiles: readonly SiteProfile[] = [], sops: readonly Sop[] = []) {
  const known = currentPageId === 'unknown' ? undefined : taughtPage(currentPageId, profiles);
  const [pageId, setPageId] = useState(currentPageId === 'unknown' ? NEW_PAGE : currentPageId);
  const [newName, setNewName] = useState('');
  const [link, setLink] = useState<{ sopId: string; stepNo: number | null }>(() => {
    const first = known?.steps?.[0];
    return first ? { sopId: first.sopId, stepNo: first.stepNo } : { sopId: '', stepNo: null };
  });
  const [picks, setPicks] = useState<Partial<Record<PersonAttribute, Element>>>({});
  const [picking, setPicking] = useState<PersonAttribute | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (!picking) return;
    /** A click, or Enter / Space on a focused field (keyboard), outside the panel picks that field. */
    const pick = (e: Event) => {
      const host = hostElement();
      if (host && e.composedPath().includes(host)) return;
      const key = e instanceof KeyboardEvent ? e.key : null;
      if (key === 'Escape') return setPicking(null);
      if (key !== null && key !== 'Enter' && key !== ' ') return;
      const target = e.target as Element | null;
      if (!isFillable(target)) return;
      e.preventDefault();
      e.stopPropagation();
      setPicks((p) => ({ ...p, [picking]: target }));
      setPicking(null);
    };
    const onClick = pick;
    const onKey = pick;
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [picking, hostElement]);

  async function save() {
    setBusy(true);
    try {
      const id = pageId === NEW_PAGE ? taughtPageIdFor(newName) : pageId;
      if (!id) throw new Error('Nama halaman wajib diisi.');
      const title = pageId === NEW_PAGE ? newName : taughtPage(id, profiles)?.title;
      const steps = link.sopId && link.stepNo !== null ? [{ sopId: link.sopId, stepNo: link.stepNo }] : [];
      const page = teachPage(location.href, document, id, picks, { title, steps });
      await sendMessage('profile.put', recordFor(hostOf(location.href), page));
      setMessage({ ok: true, text: 'Profil halaman tersimpan. Pandu kini mengenali halaman ini.' });
      setPicks({});
      await onSaved();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  return {
    props: (lang: Lang): Omit<TeachPageProps, 'lang' | 'onCancel'> => ({
      pageIds: ROUTES.map((r) => ({ id: r.id, title: pageTitle(r.id, lang) })),
      taughtPages: profiles.flatMap((p) => p.pages).filter((p) => isTaughtPageId(p.pageId)).map((p) => ({ id: p.pageId, title: p.title ?? p.pageId })),
      selectedPageId: pageId,
      onSelectPage: (id) => {
        setPageId(id);
        const first = taughtPage(id, profiles)?.steps?.[0];
        if (first) setLink({ sopId: first.sopId, stepNo: first.stepNo });
      },
      newName,
      newId: taughtPageIdFor(newName),
      onNewName: setNewName,
      sops: sops.map((s) => ({ id: s.id, title: s.title, steps: s.steps.map((st) => ({ no: st.no, activity: st.activity })) })),
      link,
      onLink: (sopId, stepNo) => setLink({ sopId, stepNo }),
      attributes: hasFormInputs() ? TEACHABLE_ATTRIBUTES : [],
      picks: Object.fromEntries(Object.entries(picks).map(([k, el]) => [k, describe(el as Element)])),
      picking,
      onStartPick: setPicking,
      onClearPick: (a) => setPicks((p) => {
        const next = { ...p };
        delete next[a];
        return next;
      }),
      onSave: () => void save(),
      busy,
      message,
    }),
  };
}
