import { useTranslation } from 'react-i18next';

export interface Person {
  id: string;
  displayName: string;
  jobTitle?: string | null;
  bestuur?: { id: string; name: string } | null;
}

/** "Sofie Verbeke (Antwerpen)"; people who left are "Voormalig lid". */
export function PersonName({ person, id }: { person: Person | null | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!person) {
    return (
      <span id={id} className="person person--gone">
        {t('werkruimte.comment.unknownAuthor')}
      </span>
    );
  }
  const detail = [person.jobTitle, person.bestuur?.name].filter(Boolean).join(', ');
  return (
    <span id={id} className="person">
      <strong className="person__name">{person.displayName}</strong>
      {detail && <span className="person__detail"> ({detail})</span>}
    </span>
  );
}
