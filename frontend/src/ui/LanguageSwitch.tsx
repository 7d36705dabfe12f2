import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../app/i18n';

const NAMES: Record<Language, { label: string; lang: string }> = {
  'nl-BE': { label: 'Nederlands', lang: 'nl' },
  en: { label: 'English', lang: 'en' },
};

/** Language buttons; the pressed one is the current language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('layout.language')} className="lang-switch">
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={NAMES[code].lang}
          className="lang-switch__button"
          aria-pressed={i18n.language === code}
          onClick={() => void changeLanguage(code)}
        >
          {NAMES[code].label}
        </button>
      ))}
    </div>
  );
}
