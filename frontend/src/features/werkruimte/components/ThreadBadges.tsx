import { useTranslation } from 'react-i18next';
import type { ThreadKind, ThreadStatus } from '../../../generated/graphql';

export interface ThreadBadgesProps {
  kind: ThreadKind;
  status: ThreadStatus;
  pinned: boolean;
  locked: boolean;
  membersOnly: boolean;
}

/** Kind, status and flags as small labels (text, not colour alone). */
export function ThreadBadges({ kind, status, pinned, locked, membersOnly }: ThreadBadgesProps) {
  const { t } = useTranslation();
  return (
    <ul className="wr-badges">
      {pinned && <li className="wr-badge wr-badge--pinned">{t('werkruimte.list.pinned')}</li>}
      <li className={`wr-badge wr-badge--kind-${kind.toLowerCase()}`}>{t(`werkruimte.kinds.${kind}`)}</li>
      {(kind === 'VRAAG' || status !== 'OPEN') && (
        <li className={`wr-badge wr-badge--status-${status.toLowerCase()}`}>{t(`werkruimte.statuses.${status}`)}</li>
      )}
      {locked && <li className="wr-badge wr-badge--locked">{t('werkruimte.list.locked')}</li>}
      {membersOnly && <li className="wr-badge wr-badge--members">{t('werkruimte.list.membersOnly')}</li>}
    </ul>
  );
}
