import { useTranslation } from 'react-i18next';

export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** Loading indicator announced politely to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
