import { useParams } from 'react-router';
import { TrajectDetail } from '../features/trajecten/components/TrajectDetail';

export function TrajectPage() {
  const { slug = '' } = useParams();
  return <TrajectDetail key={slug} slug={slug} />;
}
