import { useTranslation } from 'react-i18next';

/** What arrived live on this page, announced politely (role=log) and shown for sighted users too. */
export function LiveMessages({ messages }: { messages: readonly { id: string; text: string }[] }) {
  const { t } = useTranslation();
  return (
    <div role="log" aria-live="polite" aria-label={t('trajecten.live.label')} className={messages.length ? 'tj-live' : 'tj-live tj-live--empty'}>
      {messages.map((m) => (
        <p key={m.id} className="tj-live__message">
          {m.text}
        </p>
      ))}
    </div>
  );
}
