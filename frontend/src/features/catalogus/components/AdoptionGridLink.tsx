import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionQuery } from '../../regions/graphql/operations';
import { canSeeGrid, useMyBestuur } from '../hooks/useMyBestuur';

/** On a region page, for its coordinators and administrators: a link to the adoption grid. */
export function AdoptionGridLink({ regionSlug }: { regionSlug: string }) {
  const { t } = useTranslation();
  const { user } = useMyBestuur();
  // Only once the region page has loaded the region (so nothing shows on "not found").
  const { data } = useQuery(RegionQuery, { variables: { slug: regionSlug }, fetchPolicy: 'cache-only' });
  if (!data?.region || !canSeeGrid(user, regionSlug)) return null;
  return (
    <section aria-labelledby="adoptie" className="panel">
      <h2 id="adoptie">{t('catalogus.grid.linkTitle')}</h2>
      <p>{t('catalogus.grid.linkBody', { region: data.region.name })}</p>
      <p>
        <Link to={`/regios/${regionSlug}/adoptie`}>{t('catalogus.grid.link', { region: data.region.name })}</Link>
      </p>
    </section>
  );
}
