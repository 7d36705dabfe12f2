import { useTranslation } from 'react-i18next';
import type { CatalogusFitFragment } from '../../../generated/graphql';

/** The fit's explanation sentences: a tick or a cross plus a spoken word, so the meaning never rests on colour. */
export function FitExplanations({ explanations }: { explanations: CatalogusFitFragment['explanations'] }) {
  const { t } = useTranslation();
  if (explanations.length === 0) return null;
  return (
    <ul className="fit-reasons">
      {explanations.map((e, i) => (
        <li key={`${e.aspect}-${i}`} className={e.met ? 'fit-reason fit-reason--met' : 'fit-reason fit-reason--gap'}>
          <span className="fit-reason__icon" aria-hidden="true">
            {e.met ? '✓' : '✗'}
          </span>
          <span className="visually-hidden">{e.met ? t('catalogus.fit.pro') : t('catalogus.fit.con')}: </span>
          <span className="fit-reason__aspect">{t(`catalogus.aspect.${e.aspect}`)}</span> {e.message}
        </li>
      ))}
    </ul>
  );
}

/** "Wat heeft u nog nodig": the gaps as a plain list, or a sentence that nothing is missing. */
export function FitGaps({ gaps, headingLevel = 3 }: { gaps: readonly string[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="fit-gaps">
      <Heading className="fit-gaps__title">{t('catalogus.fit.gapsTitle')}</Heading>
      {gaps.length === 0 ? (
        <p>{t('catalogus.fit.noGaps')}</p>
      ) : (
        <ul>
          {gaps.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Score and rank in words, e.g. "Nr. 2 · 74 van 100 punten". */
export function FitScore({ fit }: { fit: Pick<CatalogusFitFragment, 'rank' | 'score'> }) {
  const { t } = useTranslation();
  return (
    <p className="fit-score">
      <span className="fit-score__rank">{t('catalogus.fit.rank', { rank: fit.rank })}</span>
      <span className="fit-score__points">{t('catalogus.fit.score', { score: fit.score })}</span>
      <span className="fit-score__bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, fit.score))}%` }} />
      </span>
    </p>
  );
}
