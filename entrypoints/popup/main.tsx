import { useEffect, useState } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/panel/panel.css';
import './style.css';
import { PopupApp, type OpenPanelResult, type PopupCase, type PopupData } from '../../components/popup/PopupApp';
import { loadLang, onLogChanged, saveLang } from '../../lib/extension/panel-state';
import { panelTargetTab } from '../../lib/extension/popup-target';
import { casesInWork } from '../../lib/extension/worklist';
import { library } from '../../lib/extension/sops';
import { listCaseEvents } from '../../lib/log/ledger';
import { openLog } from '../../lib/log/log';
import { sendMessage } from '../../lib/messaging/client';
import { allVersions, sopLookup } from '../../lib/sop/library';
import { calendarFromSettings } from '../../lib/timing';
import type { Lang } from '../../lib/i18n';

/** The toolbar popup (/popup.html): reads the log directly (extension origin), like the report page. */
const logPromise = openLog();

async function load(): Promise<PopupData> {
  const log = await logPromise;
  const [cases, settings, versions] = await Promise.all([log.listCases(), log.getSettings(), library().then(allVersions)]);
  const find = sopLookup(versions);
  const items: PopupCase[] = [];
  for (const c of casesInWork(cases)) {
    const sop = find(c.sopId, c.sopVersion);
    if (sop) items.push({ case: c, sop, events: await log.listEvents(c.id), ledger: await listCaseEvents(log, c.id) });
  }
  return { kind: 'ready', cases: items, calendar: calendarFromSettings(settings) };
}

/** Only a real popup closes itself after opening the panel (not the same page opened in a tab). */
function isPopupView(): boolean {
  try {
    const views = (browser.extension as unknown as { getViews?: (o: { type: string }) => Window[] }).getViews?.({ type: 'popup' }) ?? [];
    return views.includes(window);
  } catch {
    return false;
  }
}

async function openPanel(): Promise<OpenPanelResult> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = panelTargetTab(active, await browser.tabs.query({}));
  if (tabId === null) return { kind: 'no-tab' };
  try {
    await sendMessage('panel.open', { tabId });
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
  if (isPopupView()) window.close();
  return { kind: 'opened' };
}

function Popup({ initialLang }: { initialLang: Lang }) {
  const [lang, setLang] = useState(initialLang);
  const [data, setData] = useState<PopupData>({ kind: 'loading' });
  useEffect(() => {
    const reload = () => load().then(setData, (e: unknown) => setData({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
    void reload();
    return onLogChanged(() => void reload());
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <PopupApp
      lang={lang}
      onLangChange={(l) => {
        setLang(l);
        void saveLang(l);
      }}
      data={data}
      onOpenPanel={openPanel}
      reportUrl={browser.runtime.getURL('/report.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />
  );
}

void loadLang().then((lang) => ReactDOM.createRoot(document.getElementById('root')!).render(<Popup initialLang={lang} />));
