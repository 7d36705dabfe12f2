import { RequireAuth } from '../features/auth/components/RequireAuth';
import { VoorMijnBestuur } from '../features/catalogus/components/VoorMijnBestuur';

export function VoorMijnBestuurPage() {
  return (
    <RequireAuth>
      <VoorMijnBestuur />
    </RequireAuth>
  );
}
