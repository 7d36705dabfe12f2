import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogusFilters } from '../hooks/useCatalogusFilters';
import { useMyBestuur } from '../hooks/useMyBestuur';
import { CatalogusFilters } from './CatalogusFilters';
import { CatalogusResults } from './CatalogusResults';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../styles';

/** /catalogus: search and facets on the left, the solutions on the right. */
export function Catalogus() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogus.list.title'));
  const { filters, update, reset } = useCatalogusFilters();
  const { bestuur, user, isAdmin, loading } = useMyBestuur();
  // "Past bij mijn bestuur" and sorting by fit need to know the bestuur first.
  const waitForUser = loading && (filters.fits || filters.sort === 'passend');

  return (
    <>
      <h1>{t('catalogus.list.title')}</h1>
      <p className="lead">{t('catalogus.list.intro')}</p>
      <ul className="catalogus-links">
        {bestuur && (
          <li>
            <Link to="/voor-mijn-bestuur" className="btn btn--primary">
              {t('catalogus.list.forMyBestuur', { name: bestuur.name })}
            </Link>
          </li>
        )}
        {user && !bestuur && (
          <li>
            {t('catalogus.list.noMunicipality')} <Link to="/account">{t('catalogus.list.chooseBestuur')}</Link>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link to="/catalogus/beheer/import">{t('catalogus.import.title')}</Link>
          </li>
        )}
        <li>
          {t('catalogus.list.openData')} <a href="/exports/catalogus.json">{t('catalogus.list.exportJson')}</a>
          {' · '}
          <a href="/exports/catalogus.csv?delimiter=semicolon">{t('catalogus.list.exportCsv')}</a>
        </li>
      </ul>
      <div className="catalogus">
        <CatalogusFilters filters={filters} onChange={update} onReset={reset} bestuur={bestuur} />
        <section className="catalogus__results" aria-label={t('catalogus.list.results')}>
          {waitForUser ? <Loading /> : <CatalogusResults filters={filters} bestuur={bestuur} onReset={reset} />}
        </section>
      </div>
    </>
  );
}
