import ReactDOM from 'react-dom/client';
import './style.css';
import { OptionsPage, type OptionsSection } from '../../components/options/OptionsPage';
import { LpseHosts } from '../../components/options/LpseHosts';
import { addLpseHost, listLpseHosts, removeLpseHost } from '../../lib/extension/lpse-hosts';
import { loadLang, saveLang } from '../../lib/extension/panel-state';

const sections: OptionsSection[] = [
  {
    id: 'hosts',
    label: { id: 'Situs LPSE', en: 'LPSE sites' },
    render: (lang) => <LpseHosts lang={lang} list={listLpseHosts} add={addLpseHost} remove={removeLpseHost} />,
  },
];

void loadLang().then((lang) => {
  ReactDOM.createRoot(document.getElementById('root')!).render(<OptionsPage sections={sections} initialLang={lang} onLangChange={(l) => void saveLang(l)} />);
});
