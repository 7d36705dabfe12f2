import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SpaceBySlugQuery, ThreadsQuery } from '../graphql/operations';
import { spaceHref } from '../hooks/useThreadListParams';
import { ThreadListItem } from './ThreadListItem';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { Loading } from '../../../ui/Loading';
import { EmptyState } from '../../../ui/EmptyState';
import '../werkruimte.css';

const LATEST = 5;

function SpaceThreads({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const space = useQuery(SpaceBySlugQuery, { variables: { slug } });
  const spaceId = space.data?.space.id;
  const threads = useQuery(ThreadsQuery, { variables: { spaceId, first: LATEST, sort: 'ACTIVITY' }, skip: !spaceId });
  // No space for this region (or no access): the region page simply shows no werkruimte.
  if (space.error || (!space.loading && !space.data)) return null;
  const list = threads.data?.threads.edges.map((e) => e.node) ?? [];

  return (
    <section aria-labelledby="werkruimte-kenniskring" className="wr-region">
      <h2 id="werkruimte-kenniskring">{t('werkruimte.region.heading')}</h2>
      {(space.loading || threads.loading) && !threads.data && <Loading />}
      {threads.data && list.length === 0 && <EmptyState>{t('werkruimte.region.empty')}</EmptyState>}
      {list.length > 0 && (
        <ul className="wr-threads" aria-label={t('werkruimte.region.latest')}>
          {list.map((thread) => (
            <ThreadListItem key={thread.id} thread={thread} />
          ))}
        </ul>
      )}
      {space.data && (
        <p>
          <Link to={spaceHref(space.data.space.slug)}>{t('werkruimte.region.open', { name: space.data.space.name })}</Link>
        </p>
      )}
    </section>
  );
}

/** On a region page: the latest threads of its kenniskring's space, for signed-in people only. */
export function RegionSpaceThreads({ slug }: { slug: string }) {
  const { user, loading } = useCurrentUser();
  if (loading || !user || !slug) return null;
  return <SpaceThreads slug={slug} />;
}
