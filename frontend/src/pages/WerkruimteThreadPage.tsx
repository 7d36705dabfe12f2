import { useParams } from 'react-router';
import { ThreadView } from '../features/werkruimte/components/ThreadView';

export function WerkruimteThreadPage() {
  const { id = '' } = useParams();
  return <ThreadView key={id} threadId={id} />;
}
