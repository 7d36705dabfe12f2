import { useParams } from 'react-router';
import { BestuurDetail } from '../features/regions/components/BestuurDetail';

export function BestuurPage() {
  const { nisCode = '' } = useParams();
  return <BestuurDetail key={nisCode} nisCode={nisCode} />;
}
