import { useState } from 'react';
import type { Lang } from '../../lib/i18n';
import { tl } from './lifecycle-strings';
import { trusted } from './trusted';

export type ForwardToProps = {
  lang: Lang;
  /** "Diteruskan kepada" now (from the case's last `forwarded` event). */
  current: string | null;
  busy: boolean;
  onForward: (to: string) => void;
};

/** "Diteruskan kepada" (disposisi): who the case goes to; each change is an event of the case. */
export function ForwardTo({ lang, current, busy, onForward }: ForwardToProps) {
  const [to, setTo] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    const text = to.trim();
    if (!text) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setTo('');
    onForward(text);
  };
  return (
    <div className="pandu-forward" data-testid="pandu-forward">
      <p className="pandu-muted" data-testid="pandu-forwarded">
        {current ? tl(lang, 'forwardedNow', { who: current }) : tl(lang, 'forwardedNobody')}
      </p>
      <div className="pandu-row">
        <label htmlFor="pandu-forward-to">{tl(lang, 'forwardTo')}</label>
        <input
          id="pandu-forward-to"
          value={to}
          maxLength={200}
          onChange={(e) => setTo(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') trusted(submit)(e);
          }}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? 'pandu-forward-missing' : undefined}
          data-testid="pandu-forward-to"
        />
        <button type="button" className="pandu-btn secondary" disabled={busy} onClick={trusted(submit)} data-testid="pandu-forward-save">
          {tl(lang, 'forwardSave')}
        </button>
      </div>
      {missing && (
        <p className="pandu-error" role="alert" id="pandu-forward-missing">
          {tl(lang, 'forwardNeeded')}
        </p>
      )}
    </div>
  );
}
