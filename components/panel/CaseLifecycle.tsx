import { useState } from 'react';
import { trusted } from './trusted';
import type { Lang } from '../../lib/i18n';
import type { Case, CaseEvent } from '../../lib/log/schema';
import { deriveLifecycle } from '../../lib/log/lifecycle';
import { tl } from './lifecycle-strings';

export type TransitionRequest = { action: 'hold' | 'resume' | 'close' | 'reopen'; closeStatus?: 'done' | 'cancelled'; reason?: string | null };

export type CaseLifecycleProps = {
  lang: Lang;
  /** The active case, with its derived status. */
  kase: Case;
  ledger: readonly CaseEvent[];
  busy: boolean;
  onTransition: (req: TransitionRequest) => void;
  /** Takes back an automatic event (the last one, shown for a while). */
  onUndo?: (eventId: string) => void;
};

type Asking = { req: TransitionRequest; label: string; required: boolean } | null;

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** The case's status and the lifecycle actions that fit it; reasons are asked where they are required. */
export function CaseLifecycle({ lang, kase, ledger, busy, onTransition, onUndo }: CaseLifecycleProps) {
  const [asking, setAsking] = useState<Asking>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const life = deriveLifecycle(kase, ledger);
  const status = life.status;
  const openHold = life.holds.find((h) => h.to === null);
  const lastAuto = [...ledger].reverse().find((e) => e.auto && e.kind === 'closed' && !ledger.some((u) => u.kind === 'undone' && u.undoes === e.id));

  const ask = (req: TransitionRequest, label: string, required: boolean) => {
    setAsking({ req, label, required });
    setReason('');
    setMissing(false);
  };
  const submit = () => {
    if (!asking) return;
    const text = reason.trim();
    if (asking.required && !text) {
      setMissing(true);
      return;
    }
    onTransition({ ...asking.req, reason: text || null });
    setAsking(null);
  };

  return (
    <section className="pandu-card" data-testid="pandu-lifecycle" data-status={status} aria-label={tl(lang, 'status')}>
      <p>
        <strong>{tl(lang, 'status')}:</strong> <span data-testid="pandu-case-status">{tl(lang, `status.${status}`)}</span>
      </p>
      {openHold && (
        <p className="pandu-muted" data-testid="pandu-waiting">
          {tl(lang, 'waitingSince', { at: when(openHold.from), reason: openHold.reason ?? '—' })}
        </p>
      )}
      {life.closedAt && (
        <p className="pandu-muted" data-testid="pandu-closed">
          {tl(lang, 'closedAt', { at: when(life.closedAt), reason: life.closeReason ? `: ${life.closeReason}` : '' })}
          {life.closedAutomatically && tl(lang, 'closedAuto')}
          {lastAuto && onUndo && (
            <>
              {' '}
              <button type="button" className="pandu-link" disabled={busy} onClick={trusted(() => onUndo(lastAuto.id))} data-testid="pandu-undo-close">
                {tl(lang, 'undo')}
              </button>
            </>
          )}
        </p>
      )}
      {asking ? (
        <div role="group" aria-label={asking.label} data-testid="pandu-reason-form">
          <label>
            {asking.label}
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} data-testid="pandu-reason" />
          </label>
          {missing && (
            <p className="pandu-error" role="alert">
              {tl(lang, 'reasonNeeded')}
            </p>
          )}
          <div className="pandu-row">
            <button type="button" className="pandu-btn" disabled={busy} onClick={trusted(submit)} data-testid="pandu-reason-save">
              {tl(lang, 'confirm')}
            </button>
            <button type="button" className="pandu-btn secondary" onClick={() => setAsking(null)}>
              {tl(lang, 'back')}
            </button>
          </div>
        </div>
      ) : (
        <div className="pandu-row">
          {status === 'open' && (
            <button type="button" className="pandu-btn secondary" disabled={busy} onClick={trusted(() => ask({ action: 'hold' }, tl(lang, 'holdReason'), true))} data-testid="pandu-hold">
              {tl(lang, 'hold')}
            </button>
          )}
          {status === 'waiting' && (
            <button type="button" className="pandu-btn" disabled={busy} onClick={trusted(() => onTransition({ action: 'resume' }))} data-testid="pandu-resume">
              {tl(lang, 'resume')}
            </button>
          )}
          {(status === 'open' || status === 'waiting') && (
            <>
              <button type="button" className="pandu-btn secondary" disabled={busy} onClick={trusted(() => onTransition({ action: 'close', closeStatus: 'done' }))} data-testid="pandu-close-done">
                {tl(lang, 'closeDone')}
              </button>
              <button
                type="button"
                className="pandu-btn secondary"
                disabled={busy}
                onClick={trusted(() => ask({ action: 'close', closeStatus: 'cancelled' }, tl(lang, 'cancelReason'), true))}
                data-testid="pandu-cancel-case"
              >
                {tl(lang, 'cancel')}
              </button>
            </>
          )}
          {(status === 'done' || status === 'cancelled') && (
            <button type="button" className="pandu-btn secondary" disabled={busy} onClick={trusted(() => ask({ action: 'reopen' }, tl(lang, 'reopenReason'), true))} data-testid="pandu-reopen">
              {tl(lang, 'reopen')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
