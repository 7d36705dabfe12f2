import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OpenReportCountQuery } from '../graphql/moderation';
import { useFormatters } from '../../../app/format';

/** "Moderatie" on the werkruimte page, with the number of open reports, for people who moderate a space. */
export function ModerationLink({ moderates }: { moderates: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  // Fresh on every visit, and kept out of the cache, where it would share the queue's entry.
  const { data } = useQuery(OpenReportCountQuery, { skip: !moderates, fetchPolicy: 'no-cache' });
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
