import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OpenReportCountQuery } from '../graphql/moderation';
import { useFormatters } from '../../../app/format';

/** How often the number of open reports is asked again while the link is on screen. */
export const OPEN_REPORTS_POLL_MS = 60_000;

/**
 * "Moderatie" on the werkruimte page, with the number of open reports, for people who moderate a
 * space. The number is asked again every minute, so a new report shows without reloading the page.
 */
export function ModerationLink({ moderates, pollMs = OPEN_REPORTS_POLL_MS }: { moderates: boolean; pollMs?: number }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  // Fresh on every visit, and kept out of the cache, where it would share the queue's entry.
  const { data } = useQuery(OpenReportCountQuery, { skip: !moderates, fetchPolicy: 'no-cache', pollInterval: pollMs });
  if (!moderates) return null;
  const open = data?.discussionReports.totalCount ?? 0;
  // The name starts with the visible word, so speech input ("klik Moderatie") still finds it.
  return (
    <Link
      className="btn btn--secondary wr-moderation-link"
      to="/werkruimte/moderatie"
      aria-label={open > 0 ? `${t('werkruimte.moderationTitle')}, ${t('werkruimte.queue.openCount', { count: open })}` : undefined}
    >
      {t('werkruimte.moderationTitle')}
      {open > 0 && (
        <span className="wr-count" aria-hidden="true">
          {open > 99 ? '99+' : fmt.number(open)}
        </span>
      )}
    </Link>
  );
}
