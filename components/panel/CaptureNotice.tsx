import type { Lang } from '../../lib/i18n';
import { trusted } from './trusted';
import type { CaptureNotice as Notice } from './useAutoCapture';
import { tl } from './lifecycle-strings';

/** What automatic capture just did, with "Urungkan" for a while; or SPSE's refusal of a save. */
export function CaptureNotice({ lang, notice, now, busy, onUndo, onDismiss }: { lang: Lang; notice: Notice | null; now: number; busy: boolean; onUndo: (id: string) => void; onDismiss: () => void }) {
  if (!notice) return null;
  if (notice.kind === 'rejected')
    return (
      <p className="pandu-error" role="alert" data-testid="pandu-spse-rejected">
        {tl(lang, 'rejected', { no: notice.stepNo, text: notice.text })}
      </p>
    );
  const text = notice.kind === 'started' ? tl(lang, 'autoStarted', { no: notice.stepNo }) : tl(lang, 'autoFinished', { no: notice.stepNo });
  return (
    <p className="pandu-muted" role="status" data-testid="pandu-auto-notice" data-kind={notice.kind}>
      {text}
      {notice.kind === 'finished' && notice.next !== null && ` ${tl(lang, 'nextProposed', { no: notice.next })}`}{' '}
      {now < notice.until && (
        <button type="button" className="pandu-link" disabled={busy} onClick={trusted(() => onUndo(notice.undoId))} data-testid="pandu-auto-undo">
          {tl(lang, 'undo')}
        </button>
      )}{' '}
      <button type="button" className="pandu-link" onClick={onDismiss} aria-label="OK">
        ✓
      </button>
    </p>
  );
}
