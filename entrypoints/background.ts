import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageListener } from '../lib/messaging/server';
import { forgetRegisteredContentScripts, listLpseHosts } from '../lib/extension/lpse-hosts';
import { openLog, type Log } from '../lib/log/log';
import { findSop } from '../lib/extension/sops';
import { finishEndsCase } from '../lib/sop/locate';
import { caseWork, casesInWork } from '../lib/extension/worklist';
import { closeCase, forwardCase, holdCase, listCaseEvents, markPersonDone, markRequirement, reopenCase, resumeCase, undoAutomatic } from '../lib/log/ledger';
import { letterNumberKey } from '../lib/sop/guards';
import { nationalHolidayDates, stepTiming } from '../lib/timing';
import { alarmCaseLabel, alarmMessage, parseAlarmName, stepAlarms } from '../lib/extension/step-alarms';
import type { RecognitionProblem, StepEvent } from '../lib/log/schema';
import { createOcrRoute, isOcrMessage } from '../lib/extension/ocr-route';
import { parseExtracted } from '../lib/letter/scan-evidence';
import { base64ToBytes } from '../lib/extension/bytes';
import { LOG_CHANGED_KEY, loadLang } from '../lib/extension/panel-state';
import { parseLetter } from '../lib/letter/parse';
import { library } from '../lib/extension/sops';
import { allVersions, findSop as findInLibrary } from '../lib/sop/library';
import { injectBootstrap, injectPanel, userOpensPanel, userTogglesPanel } from '../lib/extension/inject';
import { pagesByUrl } from '../lib/spse/url-guess';
import { bootLoadedSpseTabs, bootSpseTabs, bootedTabsIn, WORKER_START_SWEEPS_MS, type SessionArea } from '../lib/extension/spse-tabs';
import { SANDBOX_MATCHES, SPSE_MATCHES } from '../lib/spse/hosts';
import { isBootMessage, type BootMessage } from '../lib/extension/boot-messages';
import { hostOf } from '../lib/extension/site-profiles';

import { startTeamSync } from '../lib/sync/extension';
import { IMPORTED_SOPS_KEY } from '../lib/sop/store';
import { forgetFirstFrames } from '../lib/extension/first-frame-keep';
import { firstFramesToHand, type LocalArea } from '../lib/extension/first-frame-hand';

declare const __PANDU_SANDBOX__: boolean;


/**
 * The background is the sole owner of the IndexedDB log for content scripts: they ask through
 * the typed messages of lib/messaging. It also keeps the alarms of running steps.
 */
export default defineBackground(() => {
  // Letter scans: OCR in the offscreen document (Chrome) or this background page (Firefox).
  const ocr = createOcrRoute();
  let logPromise: Promise<Log> | null = null;
  // Reopened after another context upgrades the database (its versionchange closes this connection).
  const log = () =>
    (logPromise ??= openLog().then(
      (l) => {
        l.db.addEventListener('versionchange', () => {
          logPromise = null;
        });
        return l;
      },
      (err: unknown) => {
        logPromise = null;
        throw err;
      },
    ));

  async function scheduleAlarms(event: StepEvent) {
    const l = await log();
    const c = await l.getCase(event.caseId);
    const sop = c ? await findSop(c.sopId, c.sopVersion) : undefined;
    const step = sop?.steps.find((s) => s.no === event.stepNo);
    if (!step) return;
    const timing = stepTiming(await l.calendar(), step.duration, event.startedAt, event.finishedAt, Date.now());
    for (const a of stepAlarms(event, timing, Date.now())) await browser.alarms.create(a.name, { when: a.when });
  }

  async function clearAlarms(eventId: string) {
    await browser.alarms.clear(`pandu-step:warning:${eventId}`);
    await browser.alarms.clear(`pandu-step:late:${eventId}`);
  }

  /** After a browser or worker restart: alarms for every running step again. */
  async function restoreAlarms() {
    const l = await log();
    for (const c of await l.listCases({ status: 'open' })) {
      for (const e of await l.listEvents(c.id)) if (!e.finishedAt) await scheduleAlarms(e);
    }
  }

  /** Every tab's panel listens for this key and re-reads the log at once (two tabs, one state). */
  const announceChange = () => browser.storage.local.set({ [LOG_CHANGED_KEY]: Date.now() }).catch(() => undefined);

  const loggedProblems = new Map<string, RecognitionProblem>();
  const problemKey = (url: string, kind: string, detail: string) => {
    let path = url;
    try {
      const u = new URL(url);
      path = u.host + u.pathname;
    } catch {
      /* keep the raw text */
    }
    return `${new Date().toISOString().slice(0, 10)}|${kind}|${path}|${detail}`;
  };

  const listener = createMessageListener({
    ping: () => ({ pong: true as const, version: browser.runtime.getManifest().version, at: new Date().toISOString() }),
    openOptions: async ({ section, page }) => {
      const path = page === 'report' ? '/report.html' : `/options.html${section ? `?section=${section}` : ''}`;
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') });
      return { opened: true };
    },
    'panel.open': async ({ tabId }, sender) => {
      // Only the extension's own pages (the toolbar popup) may open the panel on another tab.
      const from = (sender as { url?: string } | undefined)?.url ?? '';
      if (!from.startsWith(browser.runtime.getURL('/'))) throw new Error('Panel hanya dapat dibuka dari halaman Pandu.');
      return { result: await userOpensPanel(tabId) };
    },
    'case.list': async ({ status }) => {
      const l = await log();
      const cases = status ? (await l.listCases({ status })).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)) : casesInWork(await l.listCases());
      const cal = await l.calendar();
      const now = Date.now();
      const summaries = [];
      // The library once per request (a storage read and a merge), not once per case.
      const items = await library();
      for (const c of cases) {
        const sop = findInLibrary(items, c.sopId, c.sopVersion);
        if (!sop) continue;
        const [events, ledger] = await Promise.all([l.listEvents(c.id), listCaseEvents(l, c.id)]);
        const work = caseWork(c, sop, events, ledger, cal, now);
        summaries.push({ caseId: c.id, currentStep: work.currentStep, verdict: work.progress.verdict, done: work.progress.done });
      }
      return { cases, summaries };
    },
    'case.detail': async ({ caseId }) => {
      const l = await log();
      const c = await l.getCase(caseId);
      if (!c) throw new Error(`Kasus ${caseId} tidak ditemukan.`);
      return { case: c, events: await l.listEvents(caseId), caseEvents: await listCaseEvents(l, caseId) };
    },
    'case.byLetter': async ({ number }) => {
      const key = letterNumberKey(number);
      return { cases: (await (await log()).listCases()).filter((c) => c.letter.number && letterNumberKey(c.letter.number) === key) };
    },
    'case.transition': async ({ caseId, action, closeStatus, reason, at }) => {
      const l = await log();
      if (at && Date.parse(at) > Date.now() + 60_000) throw new Error('Waktu tidak boleh di masa depan.');
      const by = (await l.getSettings()).staffName || null;
      const input = { caseId, by, reason: reason ?? null, at };
      const event =
        action === 'hold'
          ? await holdCase(l, input)
          : action === 'resume'
            ? await resumeCase(l, input)
            : action === 'reopen'
              ? await reopenCase(l, input)
              : await closeCase(l, { ...input, status: closeStatus ?? 'done' });
      await announceChange();
      return { event };
    },
    'case.personDone': async ({ caseId, person }) => {
      const l = await log();
      const event = await markPersonDone(l, { caseId, person, by: (await l.getSettings()).staffName || null });
      await announceChange();
      return { event };
    },
    'case.requirement': async ({ caseId, stepNo, requirement, checked }) => {
      const l = await log();
      const event = await markRequirement(l, { caseId, stepNo, requirement, checked, by: (await l.getSettings()).staffName || null });
      await announceChange();
      return { event };
    },
    'case.forward': async ({ caseId, to }) => {
      const l = await log();
      const event = await forwardCase(l, { caseId, to, by: (await l.getSettings()).staffName || null });
      await announceChange();
      return { event };
    },
    'event.undo': async ({ caseId, eventId }) => {
      const l = await log();
      const event = await undoAutomatic(l, { caseId, eventId, by: (await l.getSettings()).staffName || null });
      await announceChange();
      return { event };
    },
    'case.open': async (req) => {
      const l = await log();
      const settings = await l.getSettings();
      // Without a version the case starts on the newest one; it keeps that version from then on.
      const sopVersion = req.sopVersion ?? (await findSop(req.sopId))?.version;
      const c = await l.createCase({ ...req, sopVersion, createdBy: settings.staffName || null, assignedTo: settings.staffName || null });
      await announceChange();
      return { case: c };
    },
    'case.update': async ({ caseId, ...patch }) => {
      const c = await (await log()).updateCase(caseId, patch);
      await announceChange();
      return { case: c };
    },
    'step.start': async ({ caseId, stepNo, actor, at, redoReason, auto }) => {
      const l = await log();
      const settings = await l.getSettings();
      if (at && Date.parse(at) > Date.now() + 60_000) throw new Error('Waktu mulai tidak boleh di masa depan.');
      const event = await l.startStep({ caseId, stepNo, at, actor: actor ?? null, by: settings.staffName || null, auto, ...(redoReason && { redo: { reason: redoReason } }) });
      await scheduleAlarms(event).catch(() => undefined);
      await announceChange();
      return { event };
    },
    'step.finish': async ({ caseId, stepNo, decision, duration, note, auto }) => {
      const l = await log();
      const settings = await l.getSettings();
      const kase = await l.getCase(caseId);
      const sop = kase ? await findSop(kase.sopId, kase.sopVersion) : undefined;
      const endsCase = sop ? finishEndsCase(sop, stepNo, decision ?? null) : false;
      const event = await l.finishStep({ caseId, stepNo, decision: decision ?? null, duration: duration ?? null, note: note ?? null, by: settings.staffName || null, endsCase, auto });
      await clearAlarms(event.id);
      await announceChange();
      return { event };
    },
    'problem.add': async (p) => {
      // The same problem on the same page is logged once a day, however often the page is opened.
      const key = problemKey(p.url, p.kind, p.detail);
      const seen = loggedProblems.get(key);
      if (seen) return { problem: seen };
      const problem = await (await log()).addProblem(p);
      loggedProblems.set(key, problem);
      return { problem };
    },
    'letter.extract': async ({ name, type, base64, job }) => {
      // Read where the document readers live (Chrome: the offscreen document; Firefox: here): text
      // first (.txt, .docx, text PDF), then OCR for photos, scans and image-only PDFs. pdf.js,
      // mammoth and tesseract.js stay out of Chrome's service worker, parsed at every wake-up.
      // Decoded only where the file is read here (Firefox); Chrome hands the base64 on as it is.
      return ocr.extract({ job: job ?? `ocr-${Date.now()}`, name, mime: type, base64 }, () => base64ToBytes(base64));
    },
    'letter.progress': ({ job }) => ({ progress: ocr.progress(job) }),
    'letter.cancel': async ({ job }) => ({ cancelled: await ocr.cancel(job) }),
    'letter.parse': ({ text, scan }) => ({ letter: parseExtracted({ text, scan }, parseLetter) }),
    'sop.list': async () => ({ sops: allVersions(await library()) }),
    'calendar.national': ({ from, to }) => ({ from, to, dates: nationalHolidayDates(from, to) }),
    'settings.get': async () => ({ settings: await (await log()).getSettings() }),
    'settings.put': async (patch) => ({ settings: await (await log()).putSettings(patch) }),
    'profile.list': async ({ host }) => ({ profiles: await (await log()).listProfiles(host) }),
    'profile.put': async (p) => ({ profile: await (await log()).putProfile({ ...p, updatedAt: new Date().toISOString() }) }),
  });

  /**
   * The bootstrap recognised an SPSE page: recognised and taught pages get the panel; other SPSE
   * pages get nothing (the user can still open it) and are noted once a day for the report.
   */
  async function onBoot(m: BootMessage, tabId: number | undefined, frameId: number) {
    if (tabId === undefined) return;
    let wanted = m.pageId !== 'unknown';
    if (!wanted) {
      const host = hostOf(m.url);
      wanted = host !== '' && (await (await log()).listProfiles(host)).length > 0;
    }
    if (wanted) {
      await injectPanel(tabId, frameId);
      return;
    }
    let detail = m.title;
    try {
      detail ||= new URL(m.url).pathname;
    } catch {
      /* keep the title */
    }
    await listener({ channel: 'pandu', type: 'problem.add', payload: { url: m.url, pageId: 'unknown', kind: 'page-unknown', detail: detail.slice(0, 300) } }, undefined);
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isOcrMessage(message)) {
      ocr.onMessage(message);
      return undefined;
    }
    if (isBootMessage(message)) {
      void onBoot(message, sender.tab?.id, sender.frameId ?? 0).catch(() => undefined);
      return undefined;
    }
    // The options page added or removed an LPSE host: the next load of its tabs reads the list.
    if (message && typeof message === 'object' && (message as { channel?: string }).channel === 'pandu-hosts-changed') return undefined;
    return listener(message, sender);
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    const parsed = parseAlarmName(alarm.name);
    if (!parsed) return;
    const l = await log();
    const event = await l.getEvent(parsed.eventId);
    if (!event || event.finishedAt) return;
    const c = await l.getCase(event.caseId);
    const sop = c ? await findSop(c.sopId, c.sopVersion) : undefined;
    const step = sop?.steps.find((s) => s.no === event.stepNo);
    // In the interface's language (the panel's choice), like every other string.
    const lang = await loadLang().catch(() => 'id' as const);
    const { title, message } = alarmMessage(parsed.level, event.stepNo, step?.activity ?? '', alarmCaseLabel(c?.letter.number, sop?.title, lang), lang);
    await browser.notifications.create(alarm.name, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
  });

  // The panel's stored first frames show SOP steps: an LPSE's SOP imported, edited or removed makes them old.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && IMPORTED_SOPS_KEY in changes) void forgetFirstFrames().catch(() => undefined);
  });

  // Optional team log on the LPSE's CouchDB (lib/sync): idle until a server is configured.
  startTeamSync(log);

  // No static content script (issue 14): every SPSE tab gets the bootstrap once it has loaded; it
  // asks for the panel where it recognises a page.
  // The panel's first frame for the pages the address points to goes with the bootstrap (lib/extension/first-frame.ts).
  const framesToHand = firstFramesToHand(browser.storage.local as unknown as LocalArea, (l) => browser.storage.onChanged.addListener(l));
  const injectLoaded = async (tabId: number, url: string) => {
    return injectBootstrap(tabId, await framesToHand.forPages(pagesByUrl(url)).catch(() => null));
  };
  const spseTabs = {
    staticPatterns: [...SPSE_MATCHES, ...(__PANDU_SANDBOX__ ? SANDBOX_MATCHES : [])],
    lpseHosts: listLpseHosts,
    inject: injectLoaded,
    booted: bootedTabsIn((browser.storage as unknown as { session?: SessionArea }).session),
  };
  const onTabUpdated = bootSpseTabs(spseTabs);
  // Sandbox builds: each loaded tab this worker saw and whether it injected, for an e2e failure message (tests/e2e/driver/panel.ts).
  const loadedTabs: { tabId: number; url: string | null; injected: boolean }[] = [];
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const done = onTabUpdated(tabId, change, tab);
    if (__PANDU_SANDBOX__ && change.status === 'complete') void done.then((injected) => loadedTabs.push({ tabId, url: tab.url ?? null, injected }));
  });

  // Tabs that finished loading before this worker listened (installed, updated, the browser
  // relaunched) get the bootstrap now. A tab that finishes loading while the worker starts can
  // lose its load event (the listener is not yet known to the browser; seen in e2e): looked at
  // again a little later. Tabs booted at the same address are left alone.
  // The bootstrap asks for the panel where none is mounted yet.
  const bootMissedTabs = () => void browser.tabs.query({}).then((tabs) => bootLoadedSpseTabs(tabs, { ...spseTabs, inject: (tabId: number) => injectBootstrap(tabId) })).catch(() => undefined);
  bootMissedTabs();
  for (const ms of WORKER_START_SWEEPS_MS) setTimeout(bootMissedTabs, ms);

  browser.runtime.onInstalled.addListener(() => {
    void forgetRegisteredContentScripts();
  });
  browser.runtime.onStartup.addListener(() => {
    void restoreAlarms();
  });

  // The user opens/closes the panel on any page with the keyboard command. The toolbar button
  // opens the popup (entrypoints/popup), whose "Buka panel di tab ini" sends `panel.open`: with a
  // popup the browser no longer fires action.onClicked, so the shortcut is this listener alone.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await userTogglesPanel(tab.id).catch(() => undefined);
  });

  // Sandbox builds only: what the command does, callable by e2e tests from the service worker.
  if (__PANDU_SANDBOX__) (globalThis as { pandu?: unknown }).pandu = { userTogglesPanel, userOpensPanel, injectPanel, loadedTabs, startedAt: Date.now() };
});
