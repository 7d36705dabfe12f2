import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireAdmin } from '../features/auth/components/RequireAuth';
import { IndicatorImport } from '../features/catalogus/components/IndicatorImport';
import { ImportHistory } from '../features/catalogus/components/ImportHistory';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../features/catalogus/styles';

function ImportContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogus.import.title'));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/catalogus">{t('catalogus.detail.back')}</Link>
      </p>
      <h1>{t('catalogus.import.title')}</h1>
      <p className="lead">{t('catalogus.import.intro')}</p>
      <details className="import-help">
        <summary>{t('catalogus.import.helpTitle')}</summary>
        <ul>
          <li>{t('catalogus.import.helpWide')}</li>
          <li>{t('catalogus.import.helpLong')}</li>
          <li>{t('catalogus.import.helpFormat')}</li>
          <li>{t('catalogus.import.helpMergers')}</li>
          <li>
            {t('catalogus.import.helpCli')} <code>npm run import -- indicators bestand.csv --source "I-Monitor" --year 2016 --dry-run</code>
          </li>
        </ul>
      </details>
      <IndicatorImport />
      <section aria-labelledby="eerdere-imports">
        <h2 id="eerdere-imports">{t('catalogus.import.historyTitle')}</h2>
        <ImportHistory />
      </section>
    </>
  );
}

export function CatalogusImportPage() {
  return (
    <RequireAdmin>
      <ImportContent />
    </RequireAdmin>
  );
}
