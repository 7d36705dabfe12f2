import { useTranslation } from 'react-i18next';
import type { MilestoneFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../app/format';
import { EmptyState } from '../../../ui/EmptyState';
import { MILESTONE_MARK } from '../labels';
import { today, useDay } from '../hooks/useDay';
import { Markdown } from './Markdown';

/** Milestones by due date, each with its state in words and a shape (not colour alone). */
export function MilestonesTimeline({ milestones }: { milestones: readonly MilestoneFieldsFragment[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const day = useDay();
  if (milestones.length === 0) return <EmptyState>{t('trajecten.milestones.empty')}</EmptyState>;
  const now = today();
  return (
    <ol className="tj-timeline tj-milestones" aria-label={t('trajecten.milestones.listLabel')}>
      {milestones.map((m) => {
        const overdue = m.status !== 'BEHAALD' && m.dueDate < now;
        return (
          <li key={m.id} className={`tj-timeline__item tj-ms tj-ms--${m.status.toLowerCase()}`}>
            <h3 className="tj-ms__title">
              <span className="tj-mark" aria-hidden="true">
                {MILESTONE_MARK[m.status]}
              </span>{' '}
              {m.title}
            </h3>
            <p className="tj-ms__meta">
              <strong className="tj-ms__status">{t(`trajecten.milestoneStatus.${m.status}`)}</strong>
              {' · '}
              {t('trajecten.milestones.due', { date: day(m.dueDate) })}
              {m.status === 'BEHAALD' && m.reachedAt && <> · {t('trajecten.milestones.reached', { date: fmt.date(m.reachedAt) })}</>}
              {overdue && (
                <>
                  {' · '}
                  <span className="tj-badge tj-badge--warn">{t('trajecten.milestones.overdue')}</span>
                </>
              )}
            </p>
            {m.description && <Markdown source={m.description} headingLevel={4} />}
          </li>
        );
      })}
    </ol>
  );
}
