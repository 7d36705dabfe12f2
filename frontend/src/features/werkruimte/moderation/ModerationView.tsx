import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { SpacesQuery } from '../graphql/operations';
import { ReportQueue } from './ReportQueue';
import { ModerationLog } from './ModerationLog';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { Alert } from '../../../ui/Alert';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../werkruimte.css';

export type ModerationSection = 'reports' | 'log';

/**
 * /werkruimte/moderatie (the report queue) and /werkruimte/moderatie/logboek (the moderation log,
 * administrators): for people who moderate at least one space.
 */
export function ModerationView({ section }: { section: ModerationSection }) {
  const { t } = useTranslation();
  const { isAdmin } = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(SpacesQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const moderated = (data?.spaces ?? []).filter((s) => s.viewerCan.moderate);
  useDocumentTitle(`${t(section === 'log' ? 'werkruimte.log.heading' : 'werkruimte.queue.title')} – ${t('werkruimte.moderationTitle')}`);

  let content;
  if (loading && !data) content = <Loading />;
  else if (error && !data) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (section === 'log' && !isAdmin) content = <Alert variant="info">{t('werkruimte.log.adminsOnly')}</Alert>;
  else if (moderated.length === 0) content = <Alert variant="info">{t('werkruimte.queue.notModerator')}</Alert>;
  else if (section === 'log') content = <ModerationLog spaces={data?.spaces ?? []} />;
  else content = <ReportQueue spaces={moderated} />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/werkruimte">{t('werkruimte.queue.back')}</Link>
      </p>
      <h1>{t('werkruimte.moderationTitle')}</h1>
      <p className="lead">{t('werkruimte.queue.lead')}</p>
      {isAdmin && (
        <nav aria-label={t('werkruimte.moderationTitle')} className="sub-nav">
          <ul>
            <li>
              <NavLink to="/werkruimte/moderatie" end>
                {t('werkruimte.queue.title')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/werkruimte/moderatie/logboek">{t('werkruimte.log.heading')}</NavLink>
            </li>
          </ul>
        </nav>
      )}
      {content}
    </>
  );
}
