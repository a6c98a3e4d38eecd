import type { Lang } from '../../lib/i18n';
import type { SiteProfile } from '../../lib/spse/profile';
import type { Sop } from '../../lib/sop/schema';
import { TeachPage } from './TeachPage';
import { useTeach } from './useTeach';

export type TeachSectionProps = {
  lang: Lang;
  pageId: string;
  host: () => Element | null;
  profiles: readonly SiteProfile[];
  sops: readonly Sop[];
  onSaved: () => Promise<void>;
  onCancel: () => void;
};

/** Teach mode: its state starts afresh each time it opens, from the page on show and its taught profile. */
export function TeachSection({ lang, pageId, host, profiles, sops, onSaved, onCancel }: TeachSectionProps) {
  const teach = useTeach(pageId, host, onSaved, profiles, sops);
  return <TeachPage lang={lang} {...teach.props(lang)} onCancel={onCancel} />;
}
