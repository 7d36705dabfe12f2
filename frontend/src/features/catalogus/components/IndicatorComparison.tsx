import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format';
import type { CatalogusBestuurProfileFragment } from '../../../generated/graphql';

export type Reading = CatalogusBestuurProfileFragment['indicators'][number];

/** Indicators a comparison makes sense for: a region or Flemish mean exists and values can be averaged. */
export function comparable(readings: readonly Reading[]): Reading[] {
  return readings.filter((r) => r.indicator.aggregation !== 'NONE' && (r.regionMean !== null || r.flandersMean !== null));
}

/** The scale of one indicator's bars: its own range for scores (0–100), else the largest of the three values. */
export function scaleMax(r: Reading): number {
  const values = [r.latest.value, r.regionMean ?? 0, r.flandersMean ?? 0];
  const { minValue, maxValue } = r.indicator;
  if (minValue === 0 && maxValue !== null && maxValue <= 100) return maxValue;
  return Math.max(...values, 1);
}

const W = 640;
const LABEL_W = 150;
const VALUE_W = 90;
const BAR_H = 18;
const GAP = 6;
const TITLE_H = 42;
const GROUP_GAP = 18;

export interface IndicatorComparisonProps {
  readings: readonly Reading[];
  bestuurName: string;
  regionName: string | null;
}

/**
 * Bestuur vs region vs Flanders as horizontal bars, drawn as inline SVG. Every bar carries its
 * label and value in text; the same figures are in the table next to it (the chart is an image
 * with a short description, the table is the accessible alternative).
 */
export function IndicatorComparison({ readings, bestuurName, regionName }: IndicatorComparisonProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const descId = useId();
  const rows = comparable(readings);
  if (rows.length === 0) return null;

  const series = (r: Reading) =>
    [
      { key: 'bestuur', label: bestuurName, value: r.latest.value as number | null },
      { key: 'regio', label: regionName ?? t('catalogus.profile.region'), value: regionName ? r.regionMean : null },
      { key: 'vlaanderen', label: t('catalogus.profile.flanders'), value: r.flandersMean },
    ].filter((s) => s.value !== null) as { key: string; label: string; value: number }[];

  let y = 0;
  const groups = rows.map((r) => {
    const bars = series(r);
    const top = y;
    y += TITLE_H + bars.length * (BAR_H + GAP) + GROUP_GAP;
    return { r, bars, top };
  });
  const height = y;
  const barSpace = W - LABEL_W - VALUE_W;

  return (
    <figure className="indicator-chart">
      <figcaption id={titleId} className="indicator-chart__caption">
        {t('catalogus.profile.chartTitle', { name: bestuurName })}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        className="indicator-chart__svg"
      >
        <desc id={descId}>{t('catalogus.profile.chartDesc')}</desc>
        {groups.map(({ r, bars, top }) => {
          const max = scaleMax(r);
          return (
            <g key={r.indicator.id} transform={`translate(0 ${top})`}>
              <text x={0} y={16} className="indicator-chart__title">
                {r.indicator.name}
                {r.indicator.unit && r.indicator.unit.toLowerCase() !== r.indicator.name.toLowerCase() ? ` (${r.indicator.unit})` : ''}
              </text>
              <text x={0} y={33} className="indicator-chart__source">
                {r.sourceLabel}
              </text>
              {bars.map((b, i) => {
                const by = TITLE_H + i * (BAR_H + GAP);
                const w = Math.max(2, (Math.min(b.value, max) / max) * barSpace);
                return (
                  <g key={b.key} transform={`translate(0 ${by})`}>
                    <text x={LABEL_W - 8} y={BAR_H - 4} textAnchor="end" className="indicator-chart__label">
                      {b.label}
                    </text>
                    <rect x={LABEL_W} y={0} width={w} height={BAR_H} className={`indicator-chart__bar indicator-chart__bar--${b.key}`} />
                    <text x={LABEL_W + w + 6} y={BAR_H - 4} className="indicator-chart__value">
                      {fmt.number(Math.round(b.value * 10) / 10)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The data table: every indicator with its value, source and year, and the region and Flemish means. */
export function IndicatorTable({ readings, bestuurName, regionName }: IndicatorComparisonProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const round = (v: number | null) => (v === null ? '–' : fmt.number(Math.round(v * 10) / 10));
  return (
    <div className="table-wrap" role="region" aria-label={t('catalogus.profile.tableCaption', { name: bestuurName })} tabIndex={0}>
      <table className="table table--wide">
        <caption>{t('catalogus.profile.tableCaption', { name: bestuurName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogus.profile.indicator')}</th>
            <th scope="col" className="num">
              {bestuurName}
            </th>
            <th scope="col" className="num">
              {regionName ? t('catalogus.profile.regionMean', { name: regionName }) : t('catalogus.profile.region')}
            </th>
            <th scope="col" className="num">
              {t('catalogus.profile.flandersMean')}
            </th>
            <th scope="col">{t('catalogus.profile.source')}</th>
          </tr>
        </thead>
        <tbody>
          {readings.map((r) => (
            <tr key={r.indicator.id}>
              <th scope="row">
                {r.indicator.name}
                {r.indicator.unit && r.indicator.unit.toLowerCase() !== r.indicator.name.toLowerCase() && (
                  <span className="unit"> ({r.indicator.unit})</span>
                )}
              </th>
              <td className="num">{round(r.latest.value)}</td>
              <td className="num">{r.indicator.aggregation === 'NONE' ? '–' : round(r.regionMean)}</td>
              <td className="num">{r.indicator.aggregation === 'NONE' ? '–' : round(r.flandersMean)}</td>
              <td>
                {r.sourceLabel}
                {r.latest.isDemo && !/demo/i.test(r.sourceLabel) && (
                  <span className="badge badge--warn"> {t('catalogus.profile.demoValue')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
