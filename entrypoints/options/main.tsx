import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import './style.css';
import { OptionsPage, type OptionsSection } from '../../components/options/OptionsPage';
import { LpseHosts } from '../../components/options/LpseHosts';
import { SettingsForm } from '../../components/options/SettingsForm';
import { SopLibrary } from '../../components/sop/SopLibrary';
import { addLpseHost, listLpseHosts, removeLpseHost } from '../../lib/extension/lpse-hosts';
import { loadLang, saveLang } from '../../lib/extension/panel-state';
import { openLog } from '../../lib/log/log';

const params = new URLSearchParams(location.search);
const log = openLog();

const sections: OptionsSection[] = [
  {
    id: 'sop',
    label: { id: 'Pustaka SOP', en: 'SOP library' },
    render: (lang) => <SopLibrary lang={lang} initialId={params.get('sop') ?? undefined} />,
  },
  {
    id: 'settings',
    label: { id: 'Kantor & jam kerja', en: 'Office & hours' },
    render: (lang) => <SettingsForm lang={lang} load={async () => (await log).getSettings()} save={async (p) => (await log).putSettings(p)} />,
  },
  {
    id: 'report',
    label: { id: 'Laporan & cadangan', en: 'Reports & backup' },
    render: (lang) => (
      <section>
        <h2>{lang === 'id' ? 'Buku agenda, laporan SLA, cadangan' : 'Agenda book, SLA report, backup'}</h2>
        <p>
          <a href={browser.runtime.getURL('/report.html')} target="_blank" rel="noreferrer">
            {lang === 'id' ? 'Buka halaman laporan' : 'Open the report page'}
          </a>
        </p>
      </section>
    ),
  },
  {
    id: 'hosts',
    label: { id: 'Situs LPSE', en: 'LPSE sites' },
    render: (lang) => <LpseHosts lang={lang} list={listLpseHosts} add={addLpseHost} remove={removeLpseHost} />,
  },
];

void loadLang().then((lang) => {
  ReactDOM.createRoot(document.getElementById('root')!).render(<OptionsPage sections={sections} initialLang={lang} onLangChange={(l) => void saveLang(l)} />);
});
