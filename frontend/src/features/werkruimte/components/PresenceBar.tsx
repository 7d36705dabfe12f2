import { useTranslation } from 'react-i18next';
import type { PresentPerson } from '../hooks/useThreadPresence';

/** Who is reading the thread now, and who is typing ("… is aan het typen", announced politely). */
export function PresenceBar({ viewers, typists }: { viewers: readonly PresentPerson[]; typists: readonly PresentPerson[] }) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language.startsWith('en') ? 'en' : 'nl', { type: 'conjunction' });
  const typing = typists.length > 0 ? t('werkruimte.presence.typing', { count: typists.length, names: list.format(typists.map((p) => p.displayName)) }) : '';
  return (
    <div className="wr-presence">
      {viewers.length > 0 && (
        <p className="wr-presence__viewers">
          {t('werkruimte.presence.viewers', { count: viewers.length })}{' '}
          <span className="wr-presence__names">{list.format(viewers.map((p) => p.displayName))}</span>
        </p>
      )}
      <p className="wr-presence__typing" role="status" aria-live="polite">
        {typing}
      </p>
    </div>
  );
}
