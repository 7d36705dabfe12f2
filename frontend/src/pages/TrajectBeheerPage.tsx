import { useParams } from 'react-router';
import { TrajectManage } from '../features/trajecten/manage/TrajectManage';

export function TrajectBeheerPage() {
  const { slug = '' } = useParams();
  return <TrajectManage key={slug} slug={slug} />;
}
