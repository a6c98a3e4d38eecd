import { useState } from 'react';
import { makeT, type Lang } from '../../lib/i18n';
import { attributeLabel } from '../../lib/prefill/labels';
import type { SenderAttribute, SenderDefaults } from '../../lib/prefill/letter-values';
import { trusted } from './trusted';

const t = makeT({
  title: { id: 'Sekali saja untuk pengirim ini', en: 'Once for this sender' },
  explain: {
    id: 'Surat dari "{sender}" tidak menyebut isian berikut. Pilih sekali; Pandu mengingatnya untuk surat berikutnya dari pengirim ini.',
    en: 'The letter from "{sender}" does not say the following. Choose once; Pandu remembers it for later letters from this sender.',
  },
  remember: { id: 'Ingat untuk pengirim ini', en: 'Remember for this sender' },
});

export type AskSenderQuestion = { attribute: SenderAttribute; choices: { value: string; text: string }[] };

/** "Ask once": the form's own choices for what the letter leaves open (satker, role), remembered per sender. */
export function AskSender({ lang, sender, questions, onRemember }: { lang: Lang; sender: string; questions: AskSenderQuestion[]; onRemember: (values: SenderDefaults) => void }) {
  const [chosen, setChosen] = useState<SenderDefaults>({});
  if (!questions.length) return null;
  const complete = questions.some((q) => chosen[q.attribute]);
  return (
    <section className="pandu-card" data-testid="pandu-ask-sender" aria-labelledby="pandu-ask-sender-title">
      <h3 id="pandu-ask-sender-title">{t(lang, 'title')}</h3>
      <p className="pandu-muted">{t(lang, 'explain', { sender })}</p>
      {questions.map((q) => (
        <div key={q.attribute}>
          <label htmlFor={`pandu-ask-${q.attribute}`}>{attributeLabel(q.attribute, lang)}</label>
          <select id={`pandu-ask-${q.attribute}`} data-attribute={q.attribute} value={chosen[q.attribute] ?? ''} onChange={(e) => setChosen((c) => ({ ...c, [q.attribute]: e.target.value }))}>
            <option value="">—</option>
            {q.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.text}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="button" className="pandu-btn secondary" disabled={!complete} data-testid="pandu-ask-sender-save" onClick={trusted(() => onRemember(Object.fromEntries(Object.entries(chosen).filter(([, v]) => v))))}>
        {t(lang, 'remember')}
      </button>
    </section>
  );
}
