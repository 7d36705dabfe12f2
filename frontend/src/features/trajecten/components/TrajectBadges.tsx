import { useTranslation } from 'react-i18next';
import type { TrajectPhase, TrajectStatus, TrajectVisibility } from '../../../generated/graphql';

export interface TrajectBadgesProps {
  status: TrajectStatus;
  phase: TrajectPhase;
  visibility: TrajectVisibility;
  isDemo: boolean;
}

/** Status, approach phase, "alleen voor leden" and "demo", each as text (colour only supports it). */
export function TrajectBadges({ status, phase, visibility, isDemo }: TrajectBadgesProps) {
  const { t } = useTranslation();
  return (
    <ul className="tj-badges" aria-label={t('trajecten.card.badges')}>
      <li className={`tj-badge tj-badge--status tj-status--${status.toLowerCase()}`}>
        <span className="visually-hidden">{t('trajecten.filters.status')}: </span>
        {t(`trajecten.status.${status}`)}
      </li>
      <li className="tj-badge">
        <span className="visually-hidden">{t('trajecten.filters.phase')}: </span>
        {t(`trajecten.phase.${phase}`)}
      </li>
      {visibility === 'MEMBERS' && <li className="tj-badge tj-badge--members">{t('trajecten.card.membersOnly')}</li>}
      {isDemo && (
        <li className="tj-badge tj-badge--demo" title={t('trajecten.card.demoTitle')}>
          {t('trajecten.card.demo')}
        </li>
      )}
    </ul>
  );
}
