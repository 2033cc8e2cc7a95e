import { useId } from 'react';
import { useLocale, useT } from './intl';
import { isLocale, LOCALES } from './locales';

/** The header's language choice: each language named in itself, remembered in this browser. */
export function LanguageSwitcher() {
  const { locale, choose } = useLocale();
  const t = useT();
  const id = useId();
  return (
    <div className="pas-language">
      <label htmlFor={id} className="pas-language-label">
        {t('common.language.label')}
      </label>
      <select id={id} value={locale} onChange={(e) => isLocale(e.target.value) && choose(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l.tag} value={l.tag} lang={l.tag}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
