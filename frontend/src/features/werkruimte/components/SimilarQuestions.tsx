import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SimilarQuestionsQuery } from '../graphql/operations';
import { threadHref } from '../hooks/useThreadListParams';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

const MIN_LENGTH = 4;

/** "Vergelijkbare vragen" while the title of a new question is typed (links open in a new tab, the draft stays). */
export function SimilarQuestions({ title, spaceId }: { title: string; spaceId?: string | null }) {
  const { t } = useTranslation();
  const debounced = useDebouncedValue(title.trim(), 350);
  const { data } = useQuery(SimilarQuestionsQuery, {
    variables: { title: debounced, spaceId: spaceId ?? null },
    skip: debounced.length < MIN_LENGTH,
  });
  const questions = debounced.length >= MIN_LENGTH ? (data?.similarQuestions ?? []) : [];

  return (
    <div className="wr-similar" aria-live="polite">
      {questions.length > 0 && (
        <section aria-labelledby="vergelijkbare-vragen" className="panel">
          <h2 id="vergelijkbare-vragen">{t('werkruimte.newThread.similarTitle')}</h2>
          <p>{t('werkruimte.newThread.similarIntro')}</p>
          <ul>
            {questions.map((q) => (
              <li key={q.id}>
                <a href={threadHref(q.id)} target="_blank" rel="noopener">
                  {q.title}
                  <span className="visually-hidden"> {t('werkruimte.newThread.opensNewTab')}</span>
                </a>{' '}
                <span className="wr-similar__meta">
                  ({t(`werkruimte.statuses.${q.status}`)}, {t('werkruimte.newThread.similarReplies', { count: q.replyCount })},{' '}
                  {q.space.name})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
