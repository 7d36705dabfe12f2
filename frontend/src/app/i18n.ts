import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nlBE from './locales/nl-BE.json';
import en from './locales/en.json';

export const LANGUAGES = ['nl-BE', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl-BE';
const STORAGE_KEY = 'ketenwerk.taal';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function syncDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Switches the UI language and remembers only that choice. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // storage unavailable (private mode): the choice just isn't remembered
  }
  await i18n.changeLanguage(language);
}

// Each feature may keep its own catalogue in src/features/<feature>/locales/<language>.json,
// with its texts under one top-level key (e.g. "werkruimte"); they are merged into the app's.
type Catalogue = Record<string, unknown>;
const featureCatalogues = import.meta.glob<Catalogue>('../features/*/locales/*.json', { eager: true, import: 'default' });

function catalogue(language: Language, base: Catalogue): Catalogue {
  const merged: Catalogue = { ...base };
  for (const [path, texts] of Object.entries(featureCatalogues)) {
    if (path.endsWith(`/${language}.json`)) Object.assign(merged, texts);
  }
  return merged;
}

void i18n.use(initReactI18next).init({
  resources: { 'nl-BE': { translation: catalogue('nl-BE', nlBE) }, en: { translation: catalogue('en', en) } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  load: 'currentOnly',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

export { i18n };
