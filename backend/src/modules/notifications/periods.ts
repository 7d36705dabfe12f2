import { NotificationDelivery } from './notifications.enums.js';

/** Digest periods: calendar days and weeks (Monday to Sunday) in Belgian time. */

export type DigestFrequency = NotificationDelivery.DAGELIJKS | NotificationDelivery.WEKELIJKS;

export interface Period {
  frequency: DigestFrequency;
  /** D2025-12-02 for a day, W2025-12-01 for the week starting that Monday. */
  key: string;
  start: Date;
  end: Date;
  /** As the digest's subject names it, e.g. "dinsdag 2 december 2025". */
  label: string;
}

const TZ = 'Europe/Brussels';
/** Digests go out at this local hour, once their period is over. */
export const DIGEST_HOUR = 7;

const partsFmt = new Intl.DateTimeFormat('en-US', {
  timeZone: TZ, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
});
const dayLabel = new Intl.DateTimeFormat('nl-BE', { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

function local(d: Date) {
  const p = Object.fromEntries(partsFmt.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour), min: Number(p.minute), s: Number(p.second) };
}

/** Minutes Brussels is ahead of UTC at this instant (60 or 120). */
function offsetMinutes(at: Date): number {
  const l = local(at);
  return Math.round((Date.UTC(l.y, l.m - 1, l.d, l.h, l.min, l.s) - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of local midnight starting the given calendar date (month 1–12; overflowing days roll over). */
export function brusselsMidnight(y: number, m: number, d: number): Date {
  const guess = Date.UTC(y, m - 1, d);
  const first = new Date(guess - offsetMinutes(new Date(guess)) * 60_000);
  return new Date(guess - offsetMinutes(first) * 60_000);
}

const iso = (d: Date) => {
  const l = local(d);
  return `${l.y}-${String(l.m).padStart(2, '0')}-${String(l.d).padStart(2, '0')}`;
};

/** The period of this frequency that contains `at`. */
export function periodContaining(frequency: DigestFrequency, at: Date): Period {
  const l = local(at);
  if (frequency === NotificationDelivery.DAGELIJKS) {
    const start = brusselsMidnight(l.y, l.m, l.d);
    return { frequency, key: `D${iso(start)}`, start, end: brusselsMidnight(l.y, l.m, l.d + 1), label: dayLabel.format(start) };
  }
  const weekday = (new Date(Date.UTC(l.y, l.m - 1, l.d)).getUTCDay() + 6) % 7; // Monday 0
  const start = brusselsMidnight(l.y, l.m, l.d - weekday);
  const end = brusselsMidnight(l.y, l.m, l.d - weekday + 7);
  return { frequency, key: `W${iso(start)}`, start, end, label: `week van ${dayLabel.format(start)}` };
}

/**
 * The latest period whose digest is due at `now`: the previous day (or week) once it is DIGEST_HOUR
 * on the day after it; before that hour, the one before.
 */
export function duePeriod(frequency: DigestFrequency, now: Date): Period {
  const current = periodContaining(frequency, now);
  const releaseOfPrevious = new Date(current.start.getTime() + DIGEST_HOUR * 3_600_000);
  const previous = periodContaining(frequency, new Date(current.start.getTime() - 1));
  return now >= releaseOfPrevious ? previous : periodContaining(frequency, new Date(previous.start.getTime() - 1));
}
