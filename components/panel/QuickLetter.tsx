import { useId, useState } from 'react';
import { makeT, type Lang } from '../../lib/i18n';
import { inputTypeOf, looksLikePastedLetter } from '../../lib/letter/paste';
import { AUTOFOCUS_ATTR } from './PanelShell';

const t = makeT({
  label: { id: 'Surat baru? Tempel teksnya di sini (Ctrl+V), atau seret berkasnya ke panel', en: 'A new letter? Paste its text here (Ctrl+V), or drop its file on the panel' },
  hint: { id: 'Surat dibaca langsung; periksa hasilnya, lalu buka kasus.', en: 'The letter is read at once; check the result, then open the case.' },
});

export type QuickLetterProps = {
  lang: Lang;
  /** The letter text, pasted (read at once) or confirmed with Ctrl+Enter. */
  onLetter: (text: string) => void;
  /** The keyboard shortcut puts the focus here (no case on show: a new letter is the next thing). */
  autoFocus: boolean;
};

/**
 * The shortest way from a letter to a case (issue 16 item 7): a small box at the top of the
 * panel. Pasting a letter into it starts a new case and reads the letter at once.
 */
export function QuickLetter({ lang, onLetter, autoFocus }: QuickLetterProps) {
  const id = useId();
  const [text, setText] = useState('');
  const take = (value: string) => {
    setText('');
    onLetter(value);
  };
  return (
    <div className="pandu-quick-letter" data-testid="pandu-quick-letter">
      <label htmlFor={`${id}-text`}>{t(lang, 'label')}</label>
      <textarea
        id={`${id}-text`}
        rows={2}
        data-testid="pandu-quick-letter-text"
        value={text}
        aria-describedby={`${id}-hint`}
        {...(autoFocus ? { [AUTOFOCUS_ATTR]: '' } : {})}
        onChange={(e) => {
          const next = e.target.value;
          if (looksLikePastedLetter(text, next, inputTypeOf(e))) take(next);
          else setText(next);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim()) {
            e.preventDefault();
            take(text);
          }
        }}
      />
      <p id={`${id}-hint`} className="pandu-muted">
        {t(lang, 'hint')}
      </p>
    </div>
  );
}
