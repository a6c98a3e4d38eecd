import { PanelShell } from './PanelShell';
import { pageTitle } from '../../lib/spse/titles';
import { makeT, type Lang } from '../../lib/i18n';

const t = makeT({
  recognised: { id: 'Halaman dikenali', en: 'Page recognised' },
  unknown: { id: 'Halaman belum dikenali', en: 'Page not recognised yet' },
  confidence: { id: 'keyakinan', en: 'confidence' },
});

export type PanelPageMatch = { pageId: string; confidence: number; role: string | null };

export type PanelAppProps = {
  match: PanelPageMatch;
  lang: Lang;
  collapsed: boolean;
  onToggle: () => void;
};

/** Foundation panel: shows which SPSE page this is. */
export function PanelApp({ match, lang, collapsed, onToggle }: PanelAppProps) {
  const known = match.pageId !== 'unknown';
  return (
    <PanelShell collapsed={collapsed} lang={lang} onToggle={onToggle}>
      <p className={known ? 'pandu-page' : 'pandu-page unknown'} data-testid="pandu-page" data-page-id={match.pageId}>
        {known ? `${t(lang, 'recognised')}: ${pageTitle(match.pageId, lang)}` : t(lang, 'unknown')}
        {known && <span className="pandu-muted"> ({t(lang, 'confidence')} {Math.round(match.confidence * 100)}%)</span>}
      </p>
    </PanelShell>
  );
}
