import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import './style.css';
import { OptionsPage, type OptionsSection } from '../../components/options/OptionsPage';
import { LpseHosts } from '../../components/options/LpseHosts';
import { SettingsForm } from '../../components/options/SettingsForm';
import { SopLibrary } from '../../components/sop/SopLibrary';
import { SiteProfiles } from '../../components/options/SiteProfiles';
import { downloadBlob } from '../../components/common/download';
import { recordsForProfile } from '../../lib/extension/site-profiles';
import { profileFromRecords } from '../../lib/extension/site-profile-records';
import { parseSiteProfile } from '../../lib/spse/profile';
import { addLpseHost, listLpseHosts, removeLpseHost } from '../../lib/extension/lpse-hosts';
import { loadLang, saveLang } from '../../lib/extension/panel-state';
import { openLog } from '../../lib/log/log';
import { TeamSyncSection } from './team-sync';

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
    id: 'profiles',
    label: { id: 'Profil halaman', en: 'Page profiles' },
    render: (lang) => (
      <SiteProfiles
        lang={lang}
        list={async () => (await log).listProfiles()}
        remove={async (id) => (await log).deleteProfile(id)}
        exportHost={async (host) => {
          const profile = profileFromRecords(host, await (await log).listProfiles(host));
          if (profile) downloadBlob(`profil-halaman_${host.replace(/[^a-z0-9.-]/gi, '_')}.json`, [JSON.stringify({ ...profile, exportedAt: new Date().toISOString() }, null, 2)], 'application/json');
        }}
        importText={async (text) => {
          const r = parseSiteProfile(text);
          if (!r.ok) return r;
          const l = await log;
          const at = new Date().toISOString();
          for (const rec of recordsForProfile(r.profile)) await l.putProfile({ ...rec, updatedAt: at });
          return { ok: true, host: r.profile.host, count: r.profile.pages.length };
        }}
      />
    ),
  },
  {
    id: 'sync',
    label: { id: 'Log tim', en: 'Team log' },
    render: (lang) => <TeamSyncSection lang={lang} />,
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
