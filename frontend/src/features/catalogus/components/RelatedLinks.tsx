import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CatalogusRelatedThreadsQuery, CatalogusTrajectNamesQuery } from '../graphql/solutions';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';

export interface RelatedTrajectsProps {
  slugs: readonly string[];
  /** Trajecten the viewer's bestuur takes part in that concern this solution (from the fit). */
  ownTrajects: ReadonlyArray<{ slug: string; name: string }>;
  bestuurName: string | null;
}

/** Trajecten linked to the solution; names come from the trajecten list when it is available. */
export function RelatedTrajects({ slugs, ownTrajects, bestuurName }: RelatedTrajectsProps) {
  const { t } = useTranslation();
  const all = [...new Set([...slugs, ...ownTrajects.map((x) => x.slug)])];
  const { data } = useQuery(CatalogusTrajectNamesQuery, { skip: all.length === 0, errorPolicy: 'all' });
  if (all.length === 0) return <EmptyState>{t('catalogus.related.noTrajects')}</EmptyState>;
  const names = new Map<string, string>(ownTrajects.map((x) => [x.slug, x.name]));
  for (const e of data?.trajecten?.edges ?? []) names.set(e.node.slug, e.node.title);
  const own = new Set(ownTrajects.map((x) => x.slug));
  return (
    <ul>
      {all.map((slug) => (
        <li key={slug}>
          <Link to={`/trajecten/${slug}`}>{names.get(slug) ?? slug}</Link>
          {own.has(slug) && bestuurName && <> – {t('catalogus.related.ownTraject', { name: bestuurName })}</>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Werkruimte threads that mention the solution by name. The API has no explicit link between
 * threads and solutions, so this is a Dutch full-text search on the name, labelled as such.
 */
export function RelatedThreads({ solutionName }: { solutionName: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CatalogusRelatedThreadsQuery, {
    variables: { query: `"${solutionName.replace(/"/g, '')}"` },
  });
  if (loading && !data) return <Loading label={t('catalogus.related.threadsLoading')} />;
  if (error && !data) return <p className="field__hint">{t('catalogus.related.threadsUnavailable')}</p>;
  const hits = data?.searchDiscussions ?? [];
  if (hits.length === 0) return <EmptyState>{t('catalogus.related.noThreads')}</EmptyState>;
  return (
    <>
      <p className="field__hint">{t('catalogus.related.threadsHint')}</p>
      <ul>
        {hits.map(({ thread }) => (
          <li key={thread.id}>
            <Link to={`/werkruimte/discussies/${thread.id}`}>{thread.title}</Link> ({thread.space.name},{' '}
            {t('catalogus.related.replies', { count: thread.replyCount })})
          </li>
        ))}
      </ul>
    </>
  );
}
