import { useTranslation } from 'react-i18next';
import { RegionList } from '../features/regions/components/RegionList';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function RegionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('regions.title'));
  return (
    <>
      <h1>{t('regions.title')}</h1>
      <p className="lead">{t('regions.intro')}</p>
      <RegionList />
    </>
  );
}
