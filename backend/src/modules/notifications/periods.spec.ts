import { NotificationDelivery } from './notifications.enums.js';
import { brusselsMidnight, duePeriod, periodContaining } from './periods.js';

const D = NotificationDelivery.DAGELIJKS;
const W = NotificationDelivery.WEKELIJKS;

describe('digest periods (Europe/Brussels)', () => {
  it('finds local midnight in winter and summer time', () => {
    expect(brusselsMidnight(2025, 12, 2).toISOString()).toBe('2025-12-01T23:00:00.000Z');
    expect(brusselsMidnight(2025, 7, 15).toISOString()).toBe('2025-07-14T22:00:00.000Z');
    // The night the clocks go forward (30 March 2025) starts at winter-time midnight.
    expect(brusselsMidnight(2025, 3, 30).toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(brusselsMidnight(2025, 3, 31).toISOString()).toBe('2025-03-30T22:00:00.000Z');
  });

  it('puts an instant in its local day and its Monday-to-Sunday week', () => {
    // 23:30 UTC on Monday 1 December is already Tuesday 2 December in Brussels.
    const p = periodContaining(D, new Date('2025-12-01T23:30:00Z'));
    expect(p).toMatchObject({ key: 'D2025-12-02', label: 'dinsdag 2 december 2025' });
    expect([p.start.toISOString(), p.end.toISOString()]).toEqual(['2025-12-01T23:00:00.000Z', '2025-12-02T23:00:00.000Z']);
    const w = periodContaining(W, new Date('2025-12-07T12:00:00Z'));
    expect(w).toMatchObject({ key: 'W2025-12-01', label: 'week van maandag 1 december 2025' });
    expect(w.end.toISOString()).toBe('2025-12-07T23:00:00.000Z');
  });

  it('makes the previous day due at 07:00, and the previous week on Monday at 07:00', () => {
    expect(duePeriod(D, new Date('2025-12-03T05:59:00Z')).key).toBe('D2025-12-01');
    expect(duePeriod(D, new Date('2025-12-03T06:00:00Z')).key).toBe('D2025-12-02');
    expect(duePeriod(W, new Date('2025-12-08T05:59:00Z')).key).toBe('W2025-11-24');
    expect(duePeriod(W, new Date('2025-12-08T06:00:00Z')).key).toBe('W2025-12-01');
  });
});
