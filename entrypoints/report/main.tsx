import ReactDOM from 'react-dom/client';
import { downloadBlob } from '../../components/common/download';
import { printInFrame } from '../../components/common/print-frame';
import './style.css';
import { ReportPage, type ReportActions, type ReportData } from '../../components/report/ReportPage';
import { loadLang, saveLang } from '../../lib/extension/panel-state';
import { exportBackup, restoreBackup } from '../../lib/log/backup';
import { allCaseEvents } from '../../lib/log/ledger';
import { openLog } from '../../lib/log/log';
import { listQuarantine } from '../../lib/log/quarantine';
import { builtinCatalog } from '../../lib/sop/catalog';
import { library } from '../../lib/extension/sops';
import { allVersions } from '../../lib/sop/library';
import { onLogChanged } from '../../lib/extension/panel-state';
import { profilesFromRecords } from '../../lib/extension/site-profile-records';
import { ReportSyncBar } from './sync-bar';

/** The report page (/report.html): reads the log directly (extension origin) and hands it to ReportPage. */
const logPromise = openLog();

async function load(): Promise<ReportData> {
  const log = await logPromise;
  const [cases, events, problems, settings, caseEvents, quarantine, profiles] = await Promise.all([
    log.listCases(),
    log.allEvents(),
    log.listProblems(),
    log.getSettings(),
    allCaseEvents(log),
    listQuarantine(log),
    log.listProfiles(),
  ]);
  return { cases, events, problems, settings, caseEvents, quarantine, profiles: profilesFromRecords(profiles) };
}

const actions: ReportActions = {
  exportBackup: async () => {
    const log = await logPromise;
    return exportBackup(log, (await log.getSettings()).staffName || null);
  },
  restore: async (backup, mode) => restoreBackup(await logPromise, backup, { mode }),
  reload: load,
  download: ({ filename, mime, parts }) => downloadBlob(filename, parts, mime),
  // "Cetak": the print dialog opens at once, for the finished document in a hidden frame.
  openPrint: (html) => void printInFrame(html),
};

const root = ReactDOM.createRoot(document.getElementById('root')!);
const syncBar = ReactDOM.createRoot(document.getElementById('sync-status')!);
let generation = 0;
// Every version of every SOP (built-in and imported): each case is measured against its own
// version, and restores check SOP ids and step numbers against the whole library.
const render = () =>
  Promise.all([load(), loadLang(), library().then(allVersions, () => builtinCatalog())]).then(
    ([data, lang, sops]) => {
      syncBar.render(<ReportSyncBar lang={lang} />);
      root.render(<ReportPage key={generation++} data={data} sops={sops} actions={actions} initialLang={lang} onLangChange={(l) => void saveLang(l)} />);
    },
    (err: unknown) => root.render(<p role="alert">Gagal membaca catatan: {err instanceof Error ? err.message : String(err)}</p>),
  );
void render();
// Records from colleagues arrive with team sync: show them.
onLogChanged(() => void render());
