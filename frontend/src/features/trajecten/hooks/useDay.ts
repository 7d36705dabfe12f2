import { useCallback } from 'react';
import { useFormatters } from '../../../app/format';

/** Formats a calendar day (YYYY-MM-DD) as a Belgian date, without shifting it through UTC. */
export function useDay(): (day: string | null | undefined) => string {
  const fmt = useFormatters();
  return useCallback((day) => (day ? fmt.date(`${day.slice(0, 10)}T12:00:00`) : ''), [fmt]);
}

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
