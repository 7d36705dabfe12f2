import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Maps a UI language to the Intl locale (Belgian formats in both languages). */
export function intlLocale(language: string | undefined): string {
  return language?.startsWith('en') ? 'en-BE' : 'nl-BE';
}

export interface Formatters {
  number: (value: number | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const num = new Intl.NumberFormat(locale);
    const dt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const d = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const safe = (fmt: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
      if (!iso) return '';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? '' : fmt.format(value);
    };
    return {
      number: (value) => (value === null || value === undefined ? '' : num.format(value)),
      dateTime: safe(dt),
      date: safe(d),
    };
  }, [locale]);
}
