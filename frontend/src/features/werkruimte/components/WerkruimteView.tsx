import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SpacesQuery } from '../graphql/operations';
import { useThreadListParams } from '../hooks/useThreadListParams';
import { SpacePicker } from './SpacePicker';
import { ThreadFilters } from './ThreadFilters';
import { ThreadList } from './ThreadList';
import { ModerationLink } from '../moderation/ModerationLink';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { Alert } from '../../../ui/Alert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../werkruimte.css';

/** /werkruimte: space picker, filters and the live thread list of the chosen space. */
export function WerkruimteView() {
  const { t } = useTranslation();
  const { isAdmin } = useCurrentUser();
  const { params, update, reset } = useThreadListParams();
  const { data, loading, error, refetch } = useQuery(SpacesQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const spaces = data?.spaces ?? [];
  const space = spaces.find((s) => s.slug === params.space);
  useDocumentTitle(space ? `${space.name} – ${t('werkruimte.title')}` : t('werkruimte.title'));
  const newHref = space?.viewerCan.post ? `/werkruimte/nieuw?ruimte=${encodeURIComponent(space.slug)}` : '/werkruimte/nieuw';

  return (
    <>
      <div className="wr-header">
        <div>
          <h1>{t('werkruimte.title')}</h1>
          <p className="lead">{t('werkruimte.lead')}</p>
        </div>
        <p className="actions">
          <Link className="btn btn--primary" to={newHref}>
            {t('werkruimte.newQuestion')}
          </Link>
          <Link className="btn btn--secondary" to="/werkruimte/zoeken">
            {t('werkruimte.searchLink')}
          </Link>
          <ModerationLink moderates={spaces.some((s) => s.viewerCan.moderate)} />
        </p>
      </div>
      {loading && !data && <Loading />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && spaces.length === 0 && <EmptyState>{t('werkruimte.spaces.empty')}</EmptyState>}
      {data && spaces.length > 0 && (
        <div className="wr-layout">
          <SpacePicker spaces={spaces} current={params.space} isAdmin={isAdmin} />
          <div className="wr-layout__main">
            {space ? (
              <>
                <ThreadFilters params={params} onChange={update} onReset={reset} />
                <ThreadList
                  key={space.id}
                  space={space}
                  filters={{
                    kind: params.kind,
                    status: params.status,
                    tag: params.tag,
                    mine: params.mine,
                    unread: params.unread,
                    sort: params.sort,
                  }}
                />
              </>
            ) : (
              <Alert variant="info">{t('werkruimte.spaces.unknown')}</Alert>
            )}
          </div>
        </div>
      )}
    </>
  );
}
