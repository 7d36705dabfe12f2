import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SpacesQuery } from '../graphql/operations';
import { NewThreadForm } from './NewThreadForm';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../werkruimte.css';

/** /werkruimte/nieuw?ruimte=<slug> */
export function NewThreadView() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(SpacesQuery);
  useDocumentTitle(t('werkruimte.newThread.title'));
  const spaces = (data?.spaces ?? []).filter((s) => s.viewerCan.post);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/werkruimte">{t('werkruimte.title')}</Link>
      </p>
      <h1>{t('werkruimte.newThread.title')}</h1>
      <p className="lead">{t('werkruimte.newThread.intro')}</p>
      {loading && !data && <Loading />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && <NewThreadForm spaces={spaces} initialSpaceSlug={params.get('ruimte')} />}
    </>
  );
}
