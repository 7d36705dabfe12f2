import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrajectCardFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../app/format';
import { useDay } from '../hooks/useDay';
import { ProgressBar } from './ProgressBar';
import { TrajectBadges } from './TrajectBadges';

/** One traject in the overview: title, badges, summary, progress and the main facts. */
export function TrajectCard({ traject }: { traject: TrajectCardFieldsFragment }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const day = useDay();
  return (
    <li className="card tj-card">
      <h2 className="card__title">
        <Link to={`/trajecten/${traject.slug}`}>{traject.title}</Link>
      </h2>
      <TrajectBadges status={traject.status} phase={traject.phase} visibility={traject.visibility} isDemo={traject.isDemo} />
      <p className="tj-card__summary">{traject.summary}</p>
      <ProgressBar value={traject.progress} label={t('trajecten.progress.of', { title: traject.title })} />
      <dl className="meta tj-card__meta">
        <dt>{t('trajecten.card.pillars')}</dt>
        <dd>{traject.pillars.map((p) => t(`trajecten.pillar.${p}`)).join(', ')}</dd>
        {(traject.startDate || traject.targetDate) && (
          <>
            <dt>{t('trajecten.card.period')}</dt>
            <dd>
              {t('trajecten.card.periodValue', {
                start: traject.startDate ? day(traject.startDate) : '…',
                target: traject.targetDate ? day(traject.targetDate) : '…',
              })}
            </dd>
          </>
        )}
        <dt>{t('trajecten.card.involved')}</dt>
        <dd>
          {t('trajecten.counts.participants', { count: traject.participantCount, formatted: fmt.number(traject.participantCount) })}
          {' · '}
          {t('trajecten.counts.followers', { count: traject.followerCount, formatted: fmt.number(traject.followerCount) })}
        </dd>
        {traject.latestUpdate && (
          <>
            <dt>{t('trajecten.card.latestUpdate')}</dt>
            <dd>
              {traject.latestUpdate.title}
              {traject.latestUpdate.publishedAt && <> ({fmt.date(traject.latestUpdate.publishedAt)})</>}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
