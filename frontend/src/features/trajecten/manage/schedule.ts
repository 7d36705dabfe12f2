/** A datetime-local value ("2026-01-15T09:30") for a Date, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The Date a datetime-local value means in local time, or null when it is not a valid value. */
export function fromLocalInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Parses a number as people type it in Belgium ("4,5" or "4.5"); null when it is not a number. */
export function parseNumber(value: string): number | null {
  const trimmed = value.trim().replace(/\s/g, '').replace(',', '.');
  if (!trimmed || !/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}
