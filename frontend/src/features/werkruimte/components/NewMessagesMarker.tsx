import { useTranslation } from 'react-i18next';

/** "n nieuwe berichten": shown while new comments arrived below the part of the page being read. */
export function NewMessagesMarker({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div className="wr-new-marker">
      <button type="button" className="btn btn--primary" onClick={onShow}>
        {t('werkruimte.thread.newMessages', { count })} <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
