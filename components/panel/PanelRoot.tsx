import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { messageIn } from '../../lib/i18n-messages';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PanelApp, type CaseSummary } from './PanelApp';
import { NewCase, type OpenCaseRequest } from './NewCase';
import { usePageMatch } from './usePageMatch';
import { VENDOR_PAGE_IDS, readVendor } from '../../lib/spse/vendor';
import { TeachSection } from './TeachSection';
import { FillSection, isFillPage } from './FillSection';
import { onLogChanged, saveCollapsed, saveLang, saveWidth } from '../../lib/extension/panel-state';
import { panelLayout } from '../../lib/extension/panel-layout';
import { useDock, useViewportWidth } from './useDock';
import { sendMessage } from '../../lib/messaging/client';
import { bytesToBase64, readOwnBytes } from '../../lib/extension/bytes';
import type { Extracted, FileLike } from '../../lib/documents';
import type { OcrProgress } from '../../lib/documents/ocr';
import type { ScanInfo } from '../../lib/documents/ocr-layout';
import { panelHost } from '../../lib/extension/panel-host';
import type { ParsedLetter } from '../../lib/letter/schema';
import { sopLookup } from '../../lib/sop/versions';
import { currentStepOf, locate, sopOfPage } from '../../lib/sop/locate';
import { calendarFromSettings, caseProgress, clockState, formatResume, type NationalHolidayTable } from '../../lib/timing';
import type { Case, CaseEvent, Settings, StepEvent } from '../../lib/log/schema';
import { deriveLifecycle, effectiveStepEvents } from '../../lib/log/lifecycle';
import { CaseLifecycle } from './CaseLifecycle';
import { ForwardTo } from './ForwardTo';
import { walkInToCase } from './WalkInCase';
import { useAutoCapture } from './useAutoCapture';
import { CaptureNotice } from './CaptureNotice';
import { Pointer } from './Pointer';
import { SendSample } from './SendSample';
import { linkTaughtSteps, pageName } from '../../lib/spse/taught';
import { loadSenderDefaults, rememberSenderDefaults } from '../../lib/extension/sender-defaults';
import { senderKey, type SenderDefaults } from '../../lib/prefill/letter-values';
import { capturePage } from '../../lib/spse/capture';
import { downloadBlob } from '../common/download';
import { QuickLetter } from './QuickLetter';
import { focusNextAfterThis } from '../common/focus';
import { nationalRange } from '../../lib/extension/first-view';

const findByLetter = async (number: string) => (await sendMessage('case.byLetter', { number })).cases;
import type { Sop } from '../../lib/sop/schema';
import type { Lang } from '../../lib/i18n';
import { PanelSyncStatus } from './PanelSyncStatus';

const ACTIVE_CASE_KEY = 'pandu.activeCase';

export type PanelRootProps = {
  ctx: ContentScriptContext;
  initiallyCollapsed: boolean;
  initialLang: Lang;
  /** The width the user chose before (null: never resized). */
  initialWidth?: number | null;
  /** The SOP catalog when it is already here (asked for ahead, lib/extension/first-view.ts): the first paint shows the step. */
  initialVersions?: Sop[] | null;
  /** The catalog asked for ahead when it was not here for the first paint (null: failed, the panel asks). */
  versionsComing?: Promise<Sop[] | null> | null;
  /** Opened by the user's command (shortcut, toolbar): move the focus into the panel. */
  initialFocus?: boolean;
  onToggleRequest: (listener: (kind: 'toggle' | 'open') => void) => () => void;
  /** Called once, right after the first commit (before its paint), with the page it was rendered for. */
  onFirstCommit?: (pageId: string) => void;
};

/**
 * Dropped letter files are read by the background (the .docx/PDF readers and OCR stay out of the
 * page); a scan's OCR progress is polled, and "Batal" cancels it.
 */
async function extractInBackground(file: FileLike, control: { onProgress?: (p: OcrProgress) => void; signal?: AbortSignal } = {}): Promise<Extracted> {
  const read = await readOwnBytes(file);
  if ('error' in read) return read;
  const job = `letter-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const cancel = () => void sendMessage('letter.cancel', { job }).catch(() => undefined);
  control.signal?.addEventListener('abort', cancel, { once: true });
  const poll = setInterval(() => {
    void sendMessage('letter.progress', { job })
      .then((r) => r.progress && control.onProgress?.(r.progress))
      .catch(() => undefined);
  }, 400);
  try {
    return await sendMessage('letter.extract', { name: String(file.name).slice(0, 300), type: file.type ? String(file.type).slice(0, 200) : undefined, base64: bytesToBase64(read.bytes), job });
  } finally {
    clearInterval(poll);
    control.signal?.removeEventListener('abort', cancel);
  }
}

/** Letter text is parsed in the background, off the SPSE tab's main thread (issue 11 item 3); a scan's evidence goes along. */
async function parseInBackground(text: string, scan?: ScanInfo): Promise<ParsedLetter> {
  return (await sendMessage('letter.parse', { text, ...(scan && { scan }) })).letter;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Glue between the page (recognition, navigation, dock space), the background log and the panel UI. */
const isPanelHost = (el: Element) => el === panelHost();

/** After a change announced by another tab, when the panel reads the log once more. */
const LOG_CHANGE_REREAD_MS = 1000;

export function PanelRoot({ ctx, initiallyCollapsed, initialLang, initialWidth = null, initialFocus = false, initialVersions = null, versionsComing = null, onToggleRequest, onFirstCommit }: PanelRootProps) {
  const { match, missingFields, profiles, reloadProfiles } = usePageMatch(ctx, panelHost);
  // The first commit, before any case was read (lib/extension/first-frame.ts keeps its markup).
  const firstPageId = useRef(match.pageId);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    onFirstCommit?.(firstPageId.current);
  }, []);
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const [lang, setLang] = useState<Lang>(initialLang);
  // Every version (cases keep theirs); `sops` is the newest of each for finding steps by page.
  const [versions, setVersions] = useState<Sop[]>(initialVersions ?? []);
  const sops = useMemo(() => [...new Map(versions.map((s) => [s.id, s])).values()], [versions]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [national, setNational] = useState<NationalHolidayTable | null>(null);
  const [cases, setCases] = useState<Case[]>([]);
  const [summaries, setSummaries] = useState<CaseSummary[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const userChoseCase = useRef(false);
  const [detail, setDetail] = useState<{ case: Case; events: StepEvent[]; caseEvents: CaseEvent[] } | null>(null);
  const [chosen, setChosen] = useState<{ sopId: string; stepNo: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // What the user chose once per letter sender (satker, role, instansi): extension storage.
  const [senderMemory, setSenderMemory] = useState<Record<string, SenderDefaults>>({});
  useEffect(() => void loadSenderDefaults().then(setSenderMemory, () => undefined), []);
  const [mode, setMode] = useState<'guide' | 'new-case' | 'teach' | 'sample'>('guide');
  // A letter pasted into the letter box or dropped on the panel: the new case starts with it.
  const [intake, setIntake] = useState<{ text?: string; file?: FileLike; n: number } | null>(null);
  const startFromLetter = (from: { text?: string; file?: FileLike }) => {
    focusNextAfterThis();
    setIntake((old) => ({ ...from, n: (old?.n ?? 0) + 1 }));
    setMode('new-case');
  };

  // A new page: the step on show follows it again.
  useEffect(() => setChosen(null), [match.pageId]);

  // What the panel reads once at start: the SOP versions, the settings and the national holidays
  // (without the last two no step can be timed). A read that failed (the background busy or
  // restarting) is asked again by the next refresh, not left missing for the life of the tab.
  const startReadsDue = useRef({ versions: !initialVersions, settings: true, national: true });
  // The versions the bootstrap is already fetching serve the first read only.
  const versionsOnTheirWay = useRef(versionsComing);
  const readWhatStartLacks = useCallback(() => {
    const due = startReadsDue.current;
    const failed = (key: keyof typeof due) => (e: unknown) => {
      due[key] = true;
      setError(errorText(e));
    };
    if (due.versions) {
      const first = versionsOnTheirWay.current;
      versionsOnTheirWay.current = null;
      due.versions = false;
      void Promise.resolve(first)
        .then((sops) => sops ?? sendMessage('sop.list', {}).then((r) => r.sops))
        .then(setVersions, failed('versions'));
    }
    if (due.settings) {
      due.settings = false;
      sendMessage('settings.get', {}).then((r) => setSettings(r.settings), failed('settings'));
    }
    if (due.national) {
      due.national = false;
      // National holidays come from the background: the panel does not bundle the holiday engine.
      sendMessage('calendar.national', nationalRange(new Date().getFullYear())).then(
        (r) => setNational({ from: r.from, to: r.to, dates: new Set(r.dates) }),
        failed('national'),
      );
    }
  }, []);

  useEffect(() => {
    readWhatStartLacks();
    // The remembered case, unless the user chose one before this read answered (a late answer
    // overrode the choice: the tab went back to the previous case, seen in e2e under load).
    void browser.storage.local.get(ACTIVE_CASE_KEY).then((got) => {
      if (!userChoseCase.current) setActiveId(typeof got[ACTIVE_CASE_KEY] === 'string' ? got[ACTIVE_CASE_KEY] : null);
    });
  }, []);

  // Reads overlap (a change announced by another tab, focus, the case chosen): only the latest
  // one started may set what is on show, else an older answer arriving last would undo a newer one.
  const lastRead = useRef(0);
  const refresh = useCallback(async () => {
    readWhatStartLacks();
    const read = ++lastRead.current;
    const latest = () => read === lastRead.current;
    try {
      const { cases, summaries } = await sendMessage('case.list', {});
      // The active case stays on show when it closes (to see it done, or reopen it), though it leaves the list.
      const d = activeId ? await sendMessage('case.detail', { caseId: activeId }).catch(() => null) : null;
      if (!latest()) return;
      setCases((old) => (sameJson(old, cases) ? old : cases));
      setSummaries((old) => (sameJson(old, summaries) ? old : summaries));
      setDetail((old) => (sameJson(old, d) ? old : d));
      setNow(Date.now());
      setError(null);
    } catch (e) {
      if (latest()) setError(errorText(e));
    }
  }, [activeId, readWhatStartLacks]);

  // Another tab may change the same case: re-read when the background announces a change, on
  // focus, and (as a fallback) every 15 s while the panel is open.
  // Read again shortly after too: a read that overlaps another (focus, a case chosen) may be the
  // one left out, and the announcement comes once (an e2e run saw the other tab stay behind).
  useEffect(() => {
    let again = 0;
    const stop = onLogChanged(() => {
      void refresh();
      clearTimeout(again);
      again = window.setTimeout(() => void refresh(), LOG_CHANGE_REREAD_MS);
    });
    return () => {
      stop();
      clearTimeout(again);
    };
  }, [refresh]);
  useEffect(() => {
    void refresh();
    if (collapsed) return;
    const id = setInterval(() => void refresh(), 15_000);
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh, collapsed]);

  // The live timer: recomputed from stored timestamps every second, while a step runs.
  const running = !!detail?.events.some((e) => !e.finishedAt);
  useEffect(() => {
    if (collapsed || !running) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [collapsed, running]);

  const toggle = useCallback(() => {
    setCollapsed((c) => {
      void saveCollapsed(!c);
      return !c;
    });
  }, []);
  // The keyboard shortcut (commands API) toggles the panel and, when it opens, focuses it.
  // Pressed while the panel is open and the focus is on the page, it moves the focus into the
  // panel (to the letter box when no case is on show); pressed again from inside, it collapses.
  const [focusOnOpen, setFocusOnOpen] = useState(initialFocus);
  const [focusRequest, setFocusRequest] = useState(0);
  const collapsedNow = useRef(collapsed);
  collapsedNow.current = collapsed;
  useEffect(
    () =>
      onToggleRequest((kind) => {
        setFocusOnOpen(true);
        const focusOnPage = document.activeElement !== panelHost();
        if (!collapsedNow.current && focusOnPage) setFocusRequest((n) => n + 1);
        else if (kind === 'toggle') toggle();
        else setCollapsed(false);
      }),
    [onToggleRequest, toggle],
  );
  // Width (dragged, remembered), dock or overlay by the window's width, the page kept reachable.
  const viewport = useViewportWidth();
  const [chosenWidth, setChosenWidth] = useState<number | null>(initialWidth);
  const layout = useMemo(() => panelLayout(viewport, chosenWidth), [viewport, chosenWidth]);
  const edge = useRef<number | null>(null);
  edge.current = collapsed ? null : document.documentElement.clientWidth - layout.width;
  const panelLeft = useCallback(() => edge.current, []);
  useDock(!collapsed, layout, panelLeft, isPanelHost);
  const onResize = useCallback((width: number, final: boolean) => {
    setChosenWidth(width);
    if (final) void saveWidth(width);
  }, []);

  const calendar = useMemo(() => (settings && national ? calendarFromSettings(settings, national) : null), [settings, national]);
  const activeCase = detail?.case ?? null;
  const caseSop = activeCase ? sopLookup(versions)(activeCase.sopId, activeCase.sopVersion) : undefined;
  // The open case's own version stands in for the newest one of that SOP.
  // Taught pages join the steps they were linked to ("Ajari halaman ini"), like built-in pages.
  const inUse = useMemo(() => linkTaughtSteps(caseSop ? sops.map((s) => (s.id === caseSop.id ? caseSop : s)) : sops, profiles), [sops, caseSop, profiles]);
  const life = useMemo(() => (detail ? deriveLifecycle(detail.case, detail.caseEvents) : null), [detail]);
  const holds = useMemo(() => life?.holds ?? [], [life]);
  const stepEvents = useMemo(() => (detail ? effectiveStepEvents(detail.events, detail.caseEvents) : []), [detail]);
  const progress = useMemo(() => (caseSop && detail && calendar ? caseProgress(caseSop, stepEvents, calendar, now, holds) : null), [caseSop, detail, stepEvents, calendar, now, holds]);
  const currentNo = caseSop && progress && detail ? currentStepOf(caseSop, progress, stepEvents) : null;
  const clock = calendar ? clockState(calendar, now, holds) : null;
  const resumeText = calendar && clock?.kind === 'off-hours' && clock.resumesAt !== null ? formatResume(clock.resumesAt, calendar, now, lang) : null;
  const located = useMemo(() => locate(inUse, { pageId: match.pageId, caseSopId: activeCase?.sopId ?? null, currentStepNo: currentNo }), [inUse, match.pageId, activeCase?.sopId, currentNo]);

  // On a vendor's page a walk-in case starts with the vendor's name and NPWP (and the page's SOP when only one SOP works there).
  const walkInFromPage = useMemo(() => {
    if (mode !== 'new-case' || !VENDOR_PAGE_IDS.includes(match.pageId)) return undefined;
    const vendor = readVendor(document);
    return { applicant: vendor?.name ?? null, npwp: vendor?.npwp ?? null, sopId: sopOfPage(inUse, match.pageId)?.id ?? null };
  }, [mode, match.pageId, inUse]);

  const capture = useAutoCapture({
    enabled: settings?.autoCapture ?? false,
    pageId: match.pageId,
    visit: `${location.href}#${match.pageId}`,
    activeCase,
    sop: caseSop,
    progress,
    currentNo,
    host: panelHost,
    start: async (stepNo) => {
      const step = caseSop?.steps.find((s) => s.no === stepNo);
      const { event } = await sendMessage('step.start', { caseId: activeCase!.id, stepNo, actor: step?.actors[0] ?? null, auto: true });
      await refresh();
      return event;
    },
    finish: async (stepNo) => {
      const step = caseSop?.steps.find((s) => s.no === stepNo);
      const { event } = await sendMessage('step.finish', { caseId: activeCase!.id, stepNo, duration: step?.duration ?? null, auto: true });
      await refresh();
      return event;
    },
  });

  let shown: { sop: Sop; step: Sop['steps'][number] } | null = null;
  if (chosen) {
    const sop = inUse.find((s) => s.id === chosen.sopId);
    const step = sop?.steps.find((s) => s.no === chosen.stepNo);
    if (sop && step) shown = { sop, step };
  }
  if (!shown && located.best) shown = { sop: located.best.sop, step: located.best.step };
  if (!shown && caseSop && currentNo !== null) {
    const step = caseSop.steps.find((s) => s.no === currentNo);
    if (step) shown = { sop: caseSop, step };
  }

  /** Runs a write, reads the case again; `keepStep`: the step on show stays (a tick is no move in the flow). */
  async function act(fn: () => Promise<unknown>, keepStep = false) {
    setBusy(true);
    try {
      await fn();
      await refresh();
      if (!keepStep) setChosen(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function openCase(req: OpenCaseRequest | ReturnType<typeof walkInToCase>) {
    setBusy(true);
    try {
      const { number, date, sender, subject, role } = req.letter;
      const { case: created } = await sendMessage('case.open', {
        sopId: req.sopId,
        sopVersion: req.sopVersion,
        receivedAt: req.receivedAt,
        letter: { number, date, sender, subject, role, ...('assignment' in req && req.assignment && { assignmentNumber: req.assignment.number, assignmentDate: req.assignment.date }) },
        people: req.people.map((p) => ({ name: p.name ?? '', ...('nip' in p && { nip: p.nip, position: p.position, email: p.email, phone: p.phone }) })),
        ...('note' in req && { note: req.note }),
      });
      selectCase(created.id);
      setMode('guide');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const selectCase = (id: string | null) => {
    userChoseCase.current = true;
    setActiveId(id);
    setChosen(null);
    void browser.storage.local.set({ [ACTIVE_CASE_KEY]: id });
  };

  return (
    <PanelApp
      match={match}
      pageName={pageName(match.pageId, lang, profiles)}
      lang={lang}
      collapsed={collapsed}
      onToggle={toggle}
      focusOnOpen={focusOnOpen}
      focusRequest={focusRequest}
      layout={layout}
      onResize={onResize}
      onLangToggle={() => {
        const l = lang === 'id' ? 'en' : 'id';
        setLang(l);
        void saveLang(l);
      }}
      sops={inUse}
      cases={activeCase && !cases.some((c) => c.id === activeCase.id) ? [activeCase, ...cases] : cases}
      summaries={summaries}
      activeCase={activeCase}
      progress={progress}
      located={located}
      shown={shown}
      busy={busy}
      error={error && messageIn(lang, error)}
      onSelectCase={selectCase}
      onChoose={(sopId, stepNo) => setChosen({ sopId, stepNo })}
      onStart={() =>
        shown && activeCase && void act(() => sendMessage('step.start', { caseId: activeCase.id, stepNo: shown!.step.no, actor: shown!.step.actors[0] ?? null, duration: shown!.step.duration }))
      }
      onFinish={(decision) =>
        shown && activeCase && void act(() => sendMessage('step.finish', { caseId: activeCase.id, stepNo: shown!.step.no, decision, duration: shown!.step.duration }))
      }
      onRedo={(reason) =>
        shown && activeCase && void act(() => sendMessage('step.start', { caseId: activeCase.id, stepNo: shown!.step.no, actor: shown!.step.actors[0] ?? null, redoReason: reason }))
      }
      clock={clock}
      resumeText={resumeText}
      now={now}
      requirementsChecked={life?.requirementsChecked}
      onCheckRequirement={(stepNo, requirement, checked) =>
        activeCase && void act(() => sendMessage('case.requirement', { caseId: activeCase.id, stepNo, requirement, checked }), true)
      }
      lifecycle={
        activeCase &&
        detail && (
          <>
            <CaseLifecycle
              lang={lang}
              kase={activeCase}
              ledger={detail.caseEvents}
              busy={busy}
              onTransition={(req) => void act(() => sendMessage('case.transition', { caseId: activeCase.id, ...req }))}
              onUndo={(eventId) => void act(() => sendMessage('event.undo', { caseId: activeCase.id, eventId }))}
            />
            <ForwardTo lang={lang} current={activeCase.assignedTo} busy={busy} onForward={(to) => void act(() => sendMessage('case.forward', { caseId: activeCase.id, to }), true)} />
          </>
        )
      }
      missingFields={missingFields}
      onNewCase={() => {
        setIntake(null);
        setMode(mode === 'new-case' ? 'guide' : 'new-case');
      }}
      onDropLetter={(data) => {
        const file = data.files?.[0];
        if (file && mode !== 'teach') startFromLetter({ file });
      }}
      onTeach={() => setMode(mode === 'teach' ? 'guide' : 'teach')}
      onSample={() => setMode(mode === 'sample' ? 'guide' : 'sample')}
      onEscape={mode === 'guide' ? undefined : () => setMode('guide')}
      onOpenPage={(page) => void sendMessage('openOptions', { page }).catch((e) => setError(errorText(e)))}
    >
      {mode === 'guide' && <QuickLetter lang={lang} autoFocus={!activeCase || activeCase.status !== 'open'} onLetter={(text) => startFromLetter({ text })} />}
      {mode === 'new-case' && (
        <NewCase
          key={intake?.n ?? 0}
          initial={intake}
          pageSopId={sopOfPage(inUse, match.pageId)?.id ?? null}
          lang={lang}
          sops={sops}
          extract={extractInBackground}
          parse={parseInBackground}
          onOpen={(r) => void openCase(r)}
          onCancel={() => setMode('guide')}
          findByLetter={findByLetter}
          onShowCase={(id) => {
            selectCase(id);
            setMode('guide');
          }}
          onOpenWalkIn={(r) => void openCase(walkInToCase(r, lang))}
          walkInInitial={walkInFromPage}
        />
      )}
      {mode === 'guide' && (
        <CaptureNotice
          lang={lang}
          notice={capture.notice}
          now={now}
          busy={busy}
          onUndo={(id) => void act(() => sendMessage('event.undo', { caseId: activeCase!.id, eventId: id }).then(capture.dismiss))}
          onDismiss={capture.dismiss}
        />
      )}
      {mode === 'guide' && activeCase?.status === 'open' && caseSop && currentNo !== null && (
        <Pointer lang={lang} stepPages={inUse.find((s) => s.id === caseSop.id)?.steps.find((s) => s.no === currentNo)?.pages ?? []} pageId={match.pageId} url={location.href} host={panelHost} profiles={profiles} />
      )}
      {mode === 'sample' && (
        <SendSample
          lang={lang}
          pageId={match.pageId}
          capture={() => capturePage(document, { url: location.href, pageId: match.pageId === 'unknown' ? undefined : match.pageId, capturedAt: new Date().toISOString(), ignore: panelHost() })}
          save={(name, html) => downloadBlob(name, [html], 'text/html;charset=utf-8')}
          onClose={() => setMode('guide')}
        />
      )}
      {mode === 'teach' && (
        <TeachSection
          lang={lang}
          pageId={match.pageId}
          host={panelHost}
          profiles={profiles}
          sops={sops}
          onSaved={async () => {
            await reloadProfiles();
            setMode('guide');
          }}
          onCancel={() => setMode('guide')}
        />
      )}
      {mode === 'guide' && activeCase && activeCase.status === 'open' && isFillPage(match.pageId, profiles) && (
        <FillSection
          lang={lang}
          pageId={match.pageId}
          activeCase={activeCase}
          profiles={profiles}
          onMarkDone={(i) => void act(() => sendMessage('case.personDone', { caseId: activeCase.id, person: i }))}
          onFilled={capture.onFill}
          senderDefaults={senderMemory[senderKey(activeCase.letter.sender) ?? ''] ?? null}
          onRemember={(values) => void rememberSenderDefaults(activeCase.letter.sender, values).then(setSenderMemory, (e) => setError(errorText(e)))}
        />
      )}
      <PanelSyncStatus lang={lang} />
    </PanelApp>
  );
}
