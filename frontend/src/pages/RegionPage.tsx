import { useParams } from 'react-router';
import { RegionDetail } from '../features/regions/components/RegionDetail';

export function RegionPage() {
  const { slug = '' } = useParams();
  return <RegionDetail key={slug} slug={slug} />;
}
