import { useTranslation } from 'react-i18next';

export interface FeedLinksProps {
  rssUrl: string | null;
  atomUrl: string | null;
  icalUrl?: string | null;
}

/** Visible links to the feeds (the same ones are in <head> as rel="alternate"). */
export function FeedLinks({ rssUrl, atomUrl, icalUrl }: FeedLinksProps) {
  const { t } = useTranslation();
  if (!rssUrl && !atomUrl && !icalUrl) return null;
  return (
    <ul className="tj-feeds" aria-label={t('trajecten.feeds.label')}>
      {rssUrl && (
        <li>
          <a href={rssUrl}>{t('trajecten.feeds.rss')}</a>
        </li>
      )}
      {atomUrl && (
        <li>
          <a href={atomUrl}>{t('trajecten.feeds.atom')}</a>
        </li>
      )}
      {icalUrl && (
        <li>
          <a href={icalUrl}>{t('trajecten.feeds.ical')}</a>
        </li>
      )}
    </ul>
  );
}
