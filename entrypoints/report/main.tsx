import ReactDOM from 'react-dom/client';
import { downloadBlob } from '../../components/common/download';
import './style.css';
import { ReportPage, type ReportActions, type ReportData } from '../../components/report/ReportPage';
import { loadLang, saveLang } from '../../lib/extension/panel-state';
import { exportBackup, restoreBackup } from '../../lib/log/backup';
import { allCaseEvents } from '../../lib/log/ledger';
import { openLog } from '../../lib/log/log';
import { builtinCatalog } from '../../lib/sop/catalog';

/** The report page (/report.html): reads the log directly (extension origin) and hands it to ReportPage. */
const logPromise = openLog();

async function load(): Promise<ReportData> {
  const log = await logPromise;
  const [cases, events, problems, settings, caseEvents] = await Promise.all([log.listCases(), log.allEvents(), log.listProblems(), log.getSettings(), allCaseEvents(log)]);
  return { cases, events, problems, settings, caseEvents };
}

const actions: ReportActions = {
  exportBackup: async () => {
    const log = await logPromise;
    return exportBackup(log, (await log.getSettings()).staffName || null);
  },
  restore: async (backup, mode) => restoreBackup(await logPromise, backup, { mode }),
  reload: load,
  download: ({ filename, mime, parts }) => downloadBlob(filename, parts, mime),
  openPrint: (html) => {
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

const root = ReactDOM.createRoot(document.getElementById('root')!);
void Promise.all([load(), loadLang()]).then(
  ([data, lang]) => root.render(<ReportPage data={data} sops={builtinCatalog()} actions={actions} initialLang={lang} onLangChange={(l) => void saveLang(l)} />),
  (err: unknown) => root.render(<p role="alert">Gagal membaca catatan: {err instanceof Error ? err.message : String(err)}</p>),
);
