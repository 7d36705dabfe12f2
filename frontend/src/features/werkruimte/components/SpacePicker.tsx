import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpaceFieldsFragment } from '../../../generated/graphql';
import { spaceHref } from '../hooks/useThreadListParams';

export interface SpacePickerProps {
  spaces: readonly SpaceFieldsFragment[];
  current: string;
  isAdmin: boolean;
}

type Group = 'central' | 'own' | 'regions' | 'trajecten';

/** Central first, then the person's own kenniskring, the other regions, and trajecten (as the server orders them). */
export function groupSpaces(spaces: readonly SpaceFieldsFragment[], isAdmin: boolean): [Group, SpaceFieldsFragment[]][] {
  const groups: Record<Group, SpaceFieldsFragment[]> = { central: [], own: [], regions: [], trajecten: [] };
  for (const s of spaces) {
    if (s.kind === 'CENTRAL') groups.central.push(s);
    else if (s.kind === 'REGION') groups[s.viewerCan.member && !isAdmin ? 'own' : 'regions'].push(s);
    else groups.trajecten.push(s);
  }
  return (Object.entries(groups) as [Group, SpaceFieldsFragment[]][]).filter(([, list]) => list.length > 0);
}

export function SpacePicker({ spaces, current, isAdmin }: SpacePickerProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('werkruimte.spaces.label')} className="wr-spaces">
      {groupSpaces(spaces, isAdmin).map(([group, list]) => (
        <div key={group} className="wr-spaces__group">
          <h2 className="wr-spaces__heading" id={`ruimtes-${group}`}>
            {t(`werkruimte.spaces.${group}`)}
          </h2>
          <ul aria-labelledby={`ruimtes-${group}`}>
            {list.map((space) => (
              <li key={space.id}>
                <Link to={spaceHref(space.slug)} aria-current={space.slug === current ? 'page' : undefined}>
                  <span className="wr-spaces__name">{space.name}</span>{' '}
                  <span className="wr-spaces__count">
                    {t('werkruimte.spaces.threadCount', { count: space.threadCount })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
