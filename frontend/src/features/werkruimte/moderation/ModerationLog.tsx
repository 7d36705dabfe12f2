import { useId, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ModerationLogQuery } from '../graphql/moderation';
import { LogEntry } from './LogEntry';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/Pagination';

export const LOG_PAGE = 20;

/** The moderation log (administrators): every moderation action, newest first, with before and after. */
export function ModerationLog({ spaces }: { spaces: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const id = useId();
  const spaceNames = useMemo(() => new Map(spaces.map((s) => [s.id, s.name])), [spaces]);
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationLogQuery, {
    variables: { first: LOG_PAGE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.moderationLog;
  const entries = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section aria-labelledby={`${id}-heading`} className="wr-log">
      <h2 id={`${id}-heading`}>{t('werkruimte.log.heading')}</h2>
      <p>{t('werkruimte.log.intro')}</p>
      {loading && !data && <Loading />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && entries.length === 0 && <EmptyState>{t('werkruimte.log.empty')}</EmptyState>}
      {entries.length > 0 && (
        <ol className="wr-log__list">
          {entries.map((entry) => (
            <LogEntry key={entry.id} entry={entry} spaceNames={spaceNames} />
          ))}
        </ol>
      )}
      {connection && entries.length > 0 && (
        <LoadMore
          shown={entries.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}
