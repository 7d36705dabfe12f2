import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CatalogusIndicatorImportsQuery } from '../graphql/profile';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';

/** The latest committed imports: source, years, who ran it and what changed (earlier years stay as history). */
export function ImportHistory() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, loading, error, refetch } = useQuery(CatalogusIndicatorImportsQuery, { variables: { first: 10 } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const imports = data?.indicatorImports.edges.map((e) => e.node) ?? [];
  if (imports.length === 0) return <EmptyState>{t('catalogus.import.noHistory')}</EmptyState>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="import-geschiedenis" tabIndex={0}>
      <table className="table table--wide">
        <caption id="import-geschiedenis">{t('catalogus.import.historyCaption', { count: data?.indicatorImports.totalCount ?? 0 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogus.import.when')}</th>
            <th scope="col">{t('catalogus.import.source')}</th>
            <th scope="col">{t('catalogus.import.file')}</th>
            <th scope="col">{t('catalogus.import.by')}</th>
            <th scope="col" className="num">
              {t('catalogus.import.values')}
            </th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id}>
              <th scope="row">{fmt.dateTime(i.createdAt)}</th>
              <td>
                {i.source} {i.years.join(', ')}
              </td>
              <td>
                {i.fileName ?? '–'} ({i.format})
              </td>
              <td>
                {i.runBy} ({i.via})
              </td>
              <td className="num">
                {t('catalogus.import.historyCounts', {
                  added: fmt.number(i.newCount),
                  changed: fmt.number(i.changedCount),
                  unchanged: fmt.number(i.unchangedCount),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
