import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface LoadMoreProps {
  shown: number;
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** "Meer laden" for Relay connections, with a live count of what is shown. */
export function LoadMore({ shown, total, hasNextPage, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="load-more__count" aria-live="polite">
        {t('pagination.shown', { shown, total })}
      </p>
      {hasNextPage && (
        <Button variant="secondary" busy={loading} onClick={onLoadMore}>
          {loading ? t('common.loading') : t('pagination.loadMore')}
        </Button>
      )}
    </div>
  );
}
