import { useParams } from 'react-router';
import { RegionDetail } from '../features/regions/components/RegionDetail';
import { AdoptionGridLink } from '../features/catalogus/components/AdoptionGridLink';
import { RegionSpaceThreads } from '../features/werkruimte/components/RegionSpaceThreads';

export function RegionPage() {
  const { slug = '' } = useParams();
  return (
    <>
      <RegionDetail key={slug} slug={slug} />
      <AdoptionGridLink key={`adoptie-${slug}`} regionSlug={slug} />
      <RegionSpaceThreads key={`werkruimte-${slug}`} slug={slug} />
    </>
  );
}
