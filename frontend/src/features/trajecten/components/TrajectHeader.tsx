import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrajectDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../app/format';
import { useDay } from '../hooks/useDay';
import { ProgressBar } from './ProgressBar';
import { TrajectBadges } from './TrajectBadges';

/** Title, status, phase, pillars, dates, counts and the progress bar of a traject. */
export function TrajectHeader({ traject }: { traject: TrajectDetailFieldsFragment }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const day = useDay();
  return (
    <header className="tj-header">
      <p className="breadcrumb">
        <Link to="/trajecten">{t('trajecten.detail.back')}</Link>
      </p>
      <h1>{traject.title}</h1>
      <TrajectBadges status={traject.status} phase={traject.phase} visibility={traject.visibility} isDemo={traject.isDemo} />
      <p className="lead">{traject.summary}</p>
      <div className="tj-header__progress">
        <p className="tj-header__progress-label">
          {t('trajecten.progress.label')}
          {': '}
          <strong>{t('trajecten.progress.value', { value: traject.progress })}</strong>
          {' – '}
          {traject.progressMode === 'MANUAL' ? t('trajecten.progress.manual') : t('trajecten.progress.rollup')}
        </p>
        <ProgressBar large value={traject.progress} label={t('trajecten.progress.of', { title: traject.title })} />
        {traject.progressMode === 'MANUAL' && traject.progressReason && (
          <p className="tj-header__reason">
            {t('trajecten.progress.reason')}: {traject.progressReason}
          </p>
        )}
      </div>
      <dl className="meta meta--inline tj-header__meta">
        <dt>{t('trajecten.card.pillars')}</dt>
        <dd>{traject.pillars.map((p) => t(`trajecten.pillar.${p}`)).join(', ')}</dd>
        <dt>{t('trajecten.detail.start')}</dt>
        <dd>{traject.startDate ? day(traject.startDate) : t('trajecten.detail.noDate')}</dd>
        <dt>{t('trajecten.detail.target')}</dt>
        <dd>{traject.targetDate ? day(traject.targetDate) : t('trajecten.detail.noDate')}</dd>
        <dt>{t('trajecten.card.involved')}</dt>
        <dd>
          {t('trajecten.counts.participants', { count: traject.participantCount, formatted: fmt.number(traject.participantCount) })}
          {' · '}
          {t('trajecten.counts.followers', { count: traject.followerCount, formatted: fmt.number(traject.followerCount) })}
          {' · '}
          {t('trajecten.counts.municipalities', {
            count: traject.rolloutCounts.participant + traject.rolloutCounts.live,
            formatted: fmt.number(traject.rolloutCounts.participant + traject.rolloutCounts.live),
            total: fmt.number(traject.rolloutCounts.total),
          })}
        </dd>
      </dl>
    </header>
  );
}
