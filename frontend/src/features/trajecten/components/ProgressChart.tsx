import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressMode } from '../../../generated/graphql';
import { intlLocale, useFormatters } from '../../../app/format';
import { EmptyState } from '../../../ui/EmptyState';

export interface ProgressPointData {
  at: string;
  progress: number;
  mode: ProgressMode;
  reason: string | null;
}

const WIDTH = 640;
const HEIGHT = 260;
const M = { left: 48, right: 20, top: 16, bottom: 40 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;
const DAY = 86_400_000;

/**
 * Progress over time as an inline SVG step chart (progress holds until it changes), described for
 * screen readers, with the same data as a table right below it.
 */
export function ProgressChart({ history, now = new Date() }: { history: readonly ProgressPointData[]; now?: Date }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const id = useId();
  const locale = intlLocale(i18n.language);
  const monthYear = useMemo(() => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }), [locale]);
  const points = useMemo(
    () => history.map((p) => ({ ...p, time: new Date(p.at).getTime() })).filter((p) => !Number.isNaN(p.time)),
    [history],
  );

  if (points.length === 0) return <EmptyState>{t('trajecten.chart.empty')}</EmptyState>;

  const first = points[0];
  const last = points[points.length - 1];
  const start = first.time;
  const end = Math.max(last.time, now.getTime(), start + DAY);
  const x = (time: number) => M.left + ((time - start) / (end - start)) * PLOT_W;
  const y = (value: number) => M.top + PLOT_H - (Math.max(0, Math.min(100, value)) / 100) * PLOT_H;

  let path = `M ${x(first.time).toFixed(1)} ${y(first.progress).toFixed(1)}`;
  for (const p of points.slice(1)) path += ` H ${x(p.time).toFixed(1)} V ${y(p.progress).toFixed(1)}`;
  path += ` H ${x(end).toFixed(1)}`;

  const ticks = [0, 25, 50, 75, 100];
  const xTicks = [start, start + (end - start) / 2, end];
  const summary = t('trajecten.chart.summary', {
    from: first.progress,
    fromDate: fmt.date(first.at),
    to: last.progress,
    toDate: fmt.date(last.at),
    count: points.length,
  });

  return (
    <figure className="tj-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="tj-chart__caption">
        {t('trajecten.chart.title')}
      </figcaption>
      <svg
        className="tj-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-svg-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-svg-title`}>{t('trajecten.chart.title')}</title>
        <desc id={`${id}-svg-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick} className="tj-chart__grid">
            <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} />
            <text x={M.left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
              {tick}%
            </text>
          </g>
        ))}
        {xTicks.map((tick, i) => (
          <text
            key={tick}
            className="tj-chart__xlabel"
            x={x(tick)}
            y={HEIGHT - 12}
            textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
          >
            {monthYear.format(new Date(tick))}
          </text>
        ))}
        <path className="tj-chart__line" d={path} />
        {points.map((p, i) => (
          <circle
            key={`${p.at}-${i}`}
            className={`tj-chart__point${p.mode === 'MANUAL' ? ' tj-chart__point--manual' : ''}`}
            cx={x(p.time)}
            cy={y(p.progress)}
            r={4.5}
          />
        ))}
      </svg>
      <details className="tj-chart__table">
        <summary>{t('trajecten.chart.tableToggle')}</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('trajecten.chart.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trajecten.chart.date')}</th>
                <th scope="col" className="num">
                  {t('trajecten.chart.value')}
                </th>
                <th scope="col">{t('trajecten.chart.how')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={`${p.at}-${i}`}>
                  <th scope="row">{fmt.dateTime(p.at)}</th>
                  <td className="num">{t('trajecten.progress.value', { value: p.progress })}</td>
                  <td>
                    {p.mode === 'MANUAL' ? t('trajecten.progress.manual') : t('trajecten.progress.rollup')}
                    {p.reason && <>: {p.reason}</>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
