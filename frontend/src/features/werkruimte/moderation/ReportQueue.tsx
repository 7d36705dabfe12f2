import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReportStatus } from '../../../generated/graphql';
import { ReportsQuery } from '../graphql/moderation';
import { ReportItem, type Outcome, type ReportNode } from './ReportItem';
import { Alert } from '../../../ui/Alert';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/Pagination';

export const REPORTS_PAGE = 20;
export const REPORT_STATUSES: readonly ReportStatus[] = ['OPEN', 'RESOLVED', 'DISMISSED'];

export interface ModeratedSpace {
  id: string;
  slug: string;
  name: string;
}

/**
 * The moderators' queue: reports in the spaces one moderates, oldest first, filtered by space and
 * status (kept in the address bar: ?ruimte=regio-gent&status=RESOLVED).
 */
export function ReportQueue({ spaces }: { spaces: readonly ModeratedSpace[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const space = spaces.find((s) => s.slug === search.get('ruimte')) ?? null;
  const status = REPORT_STATUSES.find((s) => s === search.get('status')) ?? 'OPEN';
  const { data, loading, error, refetch, fetchMore } = useQuery(ReportsQuery, {
    variables: { spaceId: space?.id ?? null, status, first: REPORTS_PAGE },
    // Reports arrive while one works: show what is known, then ask again.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.discussionReports;
  const reports = connection?.edges.map((e) => e.node) ?? [];
  const [feedback, setFeedback] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<string | null | undefined>(undefined);

  function setFilter(name: 'ruimte' | 'status', value: string | null) {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setFeedback('');
    setSearch(next, { replace: true });
  }

  function onHandled(report: ReportNode, outcome: Outcome) {
    const index = reports.findIndex((r) => r.id === report.id);
    focusNext.current = (reports[index + 1] ?? reports[index - 1])?.id ?? null;
    setFeedback(t(`werkruimte.queue.done.${outcome}`, { title: report.thread.title }));
  }

  // The handled report is gone: keyboard users continue with the next one (or the heading).
  useEffect(() => {
    if (focusNext.current === undefined) return;
    const target = focusNext.current ? document.getElementById(`melding-${focusNext.current}`) : headingRef.current;
    focusNext.current = undefined;
    target?.focus();
  }, [reports.length]);

  return (
    <section aria-labelledby={`${id}-heading`} className="wr-queue">
      <form className="wr-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('werkruimte.filters.legend')}>
        <div className="wr-filters__field">
          <label htmlFor={`${id}-space`}>{t('werkruimte.queue.space')}</label>
          <select id={`${id}-space`} className="input" value={space?.slug ?? ''} onChange={(e) => setFilter('ruimte', e.target.value || null)}>
            <option value="">{t('werkruimte.queue.allSpaces')}</option>
            {spaces.map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="wr-filters__field">
          <label htmlFor={`${id}-status`}>{t('werkruimte.queue.status')}</label>
          <select id={`${id}-status`} className="input" value={status} onChange={(e) => setFilter('status', e.target.value === 'OPEN' ? null : e.target.value)}>
            {REPORT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`werkruimte.queue.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t(`werkruimte.queue.heading.${status}`)}
      </h2>
      {feedback && <Alert variant="success">{feedback}</Alert>}
      {loading && !data && <Loading />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && reports.length === 0 && <EmptyState>{t(`werkruimte.queue.empty.${status}`)}</EmptyState>}
      {reports.length > 0 && (
        <ul className="wr-reports">
          {reports.map((report) => (
            <ReportItem key={report.id} report={report} onHandled={onHandled} />
          ))}
        </ul>
      )}
      {connection && reports.length > 0 && (
        <LoadMore
          shown={reports.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}
