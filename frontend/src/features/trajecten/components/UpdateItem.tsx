import { useTranslation } from 'react-i18next';
import type { ProgressUpdateFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../app/format';
import { MILESTONE_MARK } from '../labels';
import { Markdown } from './Markdown';

export interface UpdateItemProps {
  update: ProgressUpdateFieldsFragment;
  fresh?: boolean;
}

/** One voortgangsbericht in the timeline; its id is the anchor the feeds link to (#update-<id>). */
export function UpdateItem({ update, fresh = false }: UpdateItemProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const changes = update.milestoneChanges.filter((change) => change.milestone);
  return (
    <li id={`update-${update.id}`} className={`tj-timeline__item${fresh ? ' tj-timeline__item--fresh' : ''}`}>
      <article className="tj-update" aria-labelledby={`update-${update.id}-title`}>
        <h3 id={`update-${update.id}-title`} className="tj-update__title">
          {update.title}
          {fresh && <span className="tj-badge tj-badge--new"> {t('trajecten.updates.new')}</span>}
        </h3>
        <p className="tj-update__meta">
          {update.publishedAt && <time dateTime={update.publishedAt}>{fmt.dateTime(update.publishedAt)}</time>}
          {update.author && <> · {t('trajecten.updates.by', { name: update.author.displayName })}</>}
          {update.edited && update.editedAt && (
            <>
              {' · '}
              <span className="tj-update__edited">
                {t('trajecten.updates.edited')} <time dateTime={update.editedAt}>{fmt.dateTime(update.editedAt)}</time>
              </span>
            </>
          )}
        </p>
        <Markdown source={update.body} headingLevel={4} />
        {(changes.length > 0 || update.progressSnapshot !== null) && (
          <div className="tj-update__changes">
            {changes.length > 0 && (
              <>
                <p className="tj-update__changes-title">{t('trajecten.updates.milestoneChanges')}</p>
                <ul>
                  {changes.map((change) => (
                    <li key={change.milestone!.id}>
                      <span aria-hidden="true" className={`tj-mark tj-ms--${change.status.toLowerCase()}`}>
                        {MILESTONE_MARK[change.status]}
                      </span>{' '}
                      {change.milestone!.title}: <strong>{t(`trajecten.milestoneStatus.${change.status}`)}</strong>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {update.progressSnapshot !== null && (
              <p>{t('trajecten.updates.snapshot', { value: update.progressSnapshot })}</p>
            )}
          </div>
        )}
      </article>
    </li>
  );
}
