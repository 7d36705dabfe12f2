import { useParams } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { AdoptionGrid } from '../features/catalogus/components/AdoptionGrid';

export function AdoptionGridPage() {
  const { slug = '' } = useParams();
  return (
    <RequireAuth>
      <AdoptionGrid key={slug} regionSlug={slug} />
    </RequireAuth>
  );
}
