export { I18nProvider } from './I18nProvider';
export { currentIntl, preloadInitialLocale, useLocale, useT } from './intl';
export { LanguageSwitcher } from './LanguageSwitcher';
export { LOCALES, matchLocale, type Locale } from './locales';
export { msg, type MessageId } from './messages';
export { Needs } from './Needs';
