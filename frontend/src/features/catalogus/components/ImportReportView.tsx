import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format';
import type { IndicatorImportReport } from '../hooks/useIndicatorUpload';

const DELIMITER_NAMES: Record<string, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' };

/** The dry-run (or commit) report: what was found in the file, the counts, and every row that needs attention. */
export function ImportReportView({ report }: { report: IndicatorImportReport }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const n = fmt.number;
  const delimiter = report.delimiter
    ? t(`catalogus.import.delimiter.${DELIMITER_NAMES[report.delimiter] ?? 'other'}`, { char: report.delimiter })
    : null;
  return (
    <section aria-labelledby="import-verslag" className="import-report">
      <h2 id="import-verslag">{report.dryRun ? t('catalogus.import.reportDryRun') : t('catalogus.import.reportCommit')}</h2>
      <dl className="meta">
        <dt>{t('catalogus.import.file')}</dt>
        <dd>
          {report.fileName ?? '–'} ({report.format}
          {delimiter && `, ${delimiter}`}, {t('catalogus.import.decimal', { char: report.decimalSeparator })}, {report.encoding})
        </dd>
        <dt>{t('catalogus.import.shape')}</dt>
        <dd>{t(`catalogus.import.shapes.${report.shape === 'LONG' ? 'LONG' : 'WIDE'}`)}</dd>
        <dt>{t('catalogus.import.source')}</dt>
        <dd>
          {report.source}
          {report.years.length > 0 && ` – ${report.years.join(', ')}`}
        </dd>
        <dt>{t('catalogus.import.indicators')}</dt>
        <dd>{report.indicators.length ? report.indicators.join(', ') : '–'}</dd>
        {report.ignoredColumns.length > 0 && (
          <>
            <dt>{t('catalogus.import.ignored')}</dt>
            <dd>{report.ignoredColumns.join(', ')}</dd>
          </>
        )}
        <dt>{t('catalogus.import.rows')}</dt>
        <dd>
          {t('catalogus.import.rowCounts', {
            total: n(report.rowCount),
            ok: n(report.okRowCount),
            errors: n(report.errorRowCount),
            warnings: n(report.warningRowCount),
          })}
        </dd>
        <dt>{t('catalogus.import.values')}</dt>
        <dd>
          {t('catalogus.import.valueCounts', {
            total: n(report.valueCount),
            added: n(report.newCount),
            changed: n(report.changedCount),
            unchanged: n(report.unchangedCount),
            skipped: n(report.skippedCount),
          })}
        </dd>
      </dl>
      {report.alreadyImported && <p className="notice">{t('catalogus.import.alreadyImported')}</p>}

      <h3>{t('catalogus.import.rowsTitle')}</h3>
      {report.rows.length === 0 ? (
        <p>{t('catalogus.import.noIssues')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="import-rijen" tabIndex={0}>
          <table className="table table--wide import-rows">
            <caption id="import-rijen">{t('catalogus.import.rowsCaption', { count: report.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('catalogus.import.line')}
                </th>
                <th scope="col">{t('catalogus.import.nis')}</th>
                <th scope="col">{t('catalogus.import.municipality')}</th>
                <th scope="col">{t('catalogus.import.severity')}</th>
                <th scope="col">{t('catalogus.import.issues')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.line} className={`import-row import-row--${r.severity.toLowerCase()}`}>
                  <th scope="row" className="num">
                    {r.line}
                  </th>
                  <td>
                    {r.nisCode ?? '–'}
                    {r.mappedToNisCode && r.mappedToNisCode !== r.nisCode && ` → ${r.mappedToNisCode}`}
                  </td>
                  <td>{r.bestuurName ?? '–'}</td>
                  <td>
                    <span className={`severity severity--${r.severity.toLowerCase()}`}>{t(`catalogus.import.sev.${r.severity}`)}</span>
                  </td>
                  <td>
                    <ul className="plain-list">
                      {r.issues.map((i, k) => (
                        <li key={k}>
                          {i.column && <span className="issue-column">{i.column}: </span>}
                          {i.message}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.rowsTruncated && <p className="notice">{t('catalogus.import.truncated')}</p>}
    </section>
  );
}
