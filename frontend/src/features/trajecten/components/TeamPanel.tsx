import { useTranslation } from 'react-i18next';
import type { TrajectDetailFieldsFragment } from '../../../generated/graphql';
import { EmptyState } from '../../../ui/EmptyState';

type Props = Pick<TrajectDetailFieldsFragment, 'team' | 'partners'>;

/** The team (leads first) and the partner organisations. */
export function TeamPanel({ team, partners }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('trajecten.team.title')}</h2>
      {team.length === 0 ? (
        <EmptyState>{t('trajecten.team.empty')}</EmptyState>
      ) : (
        <ul className="people tj-team">
          {team.map((member) => (
            <li key={member.user.id}>
              <strong>{member.user.displayName}</strong>
              {' – '}
              {t(`trajecten.role.${member.role}`)}
              {member.user.jobTitle && <>, {member.user.jobTitle}</>}
              {member.user.bestuur && <> ({member.user.bestuur.name})</>}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('trajecten.team.partners')}</h2>
      {partners.length === 0 ? (
        <EmptyState>{t('trajecten.team.noPartners')}</EmptyState>
      ) : (
        <ul className="chips">
          {partners.map((partner) => (
            <li key={partner}>{partner}</li>
          ))}
        </ul>
      )}
    </>
  );
}
