import type { Lang } from '../../lib/i18n';

/** The page-level language choice (Bahasa Indonesia first). */
export function LanguageSelect({ lang, label, onChange }: { lang: Lang; label: string; onChange: (l: Lang) => void }) {
  return (
    <label>
      {label}{' '}
      <select value={lang} onChange={(e) => onChange(e.target.value as Lang)}>
        <option value="id">Bahasa Indonesia</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
