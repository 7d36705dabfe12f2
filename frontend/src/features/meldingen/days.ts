/** Grouping notifications by calendar day in the person's own time zone. */

export interface DayGroup<T> {
  /** Local date, YYYY-MM-DD. */
  key: string;
  items: T[];
}

export function localDayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Groups items (already newest first) by local day, keeping their order. */
export function groupByDay<T extends { createdAt: string }>(items: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const key = localDayKey(new Date(item.createdAt));
    const last = groups[groups.length - 1];
    if (last?.key === key) last.items.push(item);
    else {
      const earlier = groups.find((g) => g.key === key);
      if (earlier) earlier.items.push(item);
      else groups.push({ key, items: [item] });
    }
  }
  return groups;
}

export type DayName = { kind: 'today' } | { kind: 'yesterday' } | { kind: 'date'; date: Date };

/** "Vandaag", "Gisteren" or the date, for a day key relative to `now`. */
export function dayName(key: string, now: Date = new Date()): DayName {
  const [y, m, d] = key.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  if (key === localDayKey(now)) return { kind: 'today' };
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (key === localDayKey(yesterday)) return { kind: 'yesterday' };
  return { kind: 'date', date };
}
