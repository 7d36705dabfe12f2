import { Navigate, useParams } from 'react-router';
import { SolutionDetail } from '../features/catalogus/components/SolutionDetail';

export function SolutionPage() {
  const { slug = '' } = useParams();
  return <SolutionDetail key={slug} slug={slug} />;
}

/** Links the backend sends (notifications, publiccode.yml) point at /oplossingen/:slug. */
export function SolutionRedirect() {
  const { slug = '' } = useParams();
  return <Navigate to={`/catalogus/${encodeURIComponent(slug)}`} replace />;
}
