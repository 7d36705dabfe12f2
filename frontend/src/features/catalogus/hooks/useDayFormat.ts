import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../app/format';

/** Formats a calendar day (YYYY-MM-DD) without time-zone shifts, e.g. "12 maart 2025". */
export function useDayFormat(): (day: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    return (day) => {
      const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
      if (!m) return '';
      return fmt.format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    };
  }, [locale]);
}
