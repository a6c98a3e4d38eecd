import { useState, type ReactNode } from 'react';
import { makeT, type Lang } from '../../lib/i18n';
import { LanguageSelect } from '../common/LanguageSelect';

const t = makeT({
  title: { id: 'Pandu SPSE — Pengaturan', en: 'Pandu SPSE — Settings' },
  language: { id: 'Bahasa', en: 'Language' },
});

export type OptionsSection = { id: string; label: { id: string; en: string }; render: (lang: Lang) => ReactNode };

/** The options page frame: tabs of sections, keyboard reachable. */
export function OptionsPage({ sections, initialLang = 'id', onLangChange }: { sections: OptionsSection[]; initialLang?: Lang; onLangChange?: (l: Lang) => void }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [active, setActive] = useState(() => {
    const wanted = new URLSearchParams(location.search).get('section');
    return sections.find((s) => s.id === wanted)?.id ?? sections[0]?.id;
  });
  const current = sections.find((s) => s.id === active);
  return (
    <div className="options" lang={lang}>
      <header className="options-header no-print">
        <h1>{t(lang, 'title')}</h1>
        <LanguageSelect
          lang={lang}
          label={t(lang, 'language')}
          onChange={(l) => {
            setLang(l);
            onLangChange?.(l);
          }}
        />
      </header>
      <nav role="tablist" className="options-tabs no-print">
        {sections.map((s) => (
          <button key={s.id} id={`options-tab-${s.id}`} role="tab" type="button" aria-selected={s.id === active} aria-controls="options-tabpanel" onClick={() => setActive(s.id)}>
            {s.label[lang]}
          </button>
        ))}
      </nav>
      {/* <main> keeps its landmark role; the tab panel is a region inside it. */}
      <main>
        <div role="tabpanel" id="options-tabpanel" aria-labelledby={current ? `options-tab-${current.id}` : undefined}>
          {current?.render(lang)}
        </div>
      </main>
    </div>
  );
}
