import { useParams } from 'react-router';
import { BestuurDetail } from '../features/regions/components/BestuurDetail';
import { BestuurProfile } from '../features/catalogus/components/BestuurProfile';

export function BestuurPage() {
  const { nisCode = '' } = useParams();
  return (
    <>
      <BestuurDetail key={nisCode} nisCode={nisCode} />
      <BestuurProfile key={`profiel-${nisCode}`} nisCode={nisCode} />
    </>
  );
}
