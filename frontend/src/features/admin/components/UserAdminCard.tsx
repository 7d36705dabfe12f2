import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AppointCoordinatorMutation, RemoveCoordinatorMutation, SetAdminMutation } from '../graphql/operations';
import type { AdminUsersQuery } from '../../../generated/graphql';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { useFormatters } from '../../../app/format';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

type AdminUser = AdminUsersQuery['users']['edges'][number]['node'];

export interface UserAdminCardProps {
  user: AdminUser;
  regions: ReadonlyArray<{ slug: string; name: string }>;
  isSelf: boolean;
}

export function UserAdminCard({ user, regions, isSelf }: UserAdminCardProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const errorMessage = useErrorMessage();
  const selectId = useId();
  const [regionSlug, setRegionSlug] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [setAdmin, adminState] = useMutation(SetAdminMutation);
  const [appoint, appointState] = useMutation(AppointCoordinatorMutation);
  const [remove, removeState] = useMutation(RemoveCoordinatorMutation);
  const isAdmin = user.roles.includes('ADMIN');
  const available = regions.filter((r) => !user.coordinatorOf.some((c) => c.slug === r.slug));

  async function run(action: () => Promise<unknown>, success: string) {
    setMessage(null);
    try {
      await action();
      setMessage({ ok: true, text: success });
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(toApiError(error)) });
    }
  }

  return (
    <li className="card user-card">
      <h2 className="card__title">{user.displayName}</h2>
      <dl className="meta">
        <dt>{t('fields.email')}</dt>
        <dd>
          {user.email} {!user.emailVerified && <span className="badge badge--warn">{t('admin.users.unverified')}</span>}
        </dd>
        {user.jobTitle && (
          <>
            <dt>{t('fields.jobTitle')}</dt>
            <dd>{user.jobTitle}</dd>
          </>
        )}
        <dt>{t('fields.bestuur')}</dt>
        <dd>{user.bestuur?.name ?? '–'}</dd>
        <dt>{t('admin.users.roles')}</dt>
        <dd>{user.roles.map((r) => t(`roles.${r}`)).join(', ') || '–'}</dd>
        <dt>{t('admin.users.createdAt')}</dt>
        <dd>{fmt.date(user.createdAt)}</dd>
      </dl>
      {message && <Alert variant={message.ok ? 'success' : 'error'}>{message.text}</Alert>}

      <div className="actions">
        <Button
          variant={isAdmin ? 'danger' : 'secondary'}
          busy={adminState.loading}
          disabled={isSelf && isAdmin}
          onClick={() =>
            void run(
              () => setAdmin({ variables: { input: { userId: user.id, admin: !isAdmin } } }),
              isAdmin ? t('admin.users.adminRemoved') : t('admin.users.adminGranted'),
            )
          }
        >
          {isAdmin ? t('admin.users.removeAdmin') : t('admin.users.makeAdmin')}
        </Button>
      </div>

      <h3>{t('admin.users.coordinatorOf')}</h3>
      {user.coordinatorOf.length === 0 ? (
        <p>{t('admin.users.noRegions')}</p>
      ) : (
        <ul className="chips">
          {user.coordinatorOf.map((region) => (
            <li key={region.slug}>
              {region.name}{' '}
              <Button
                variant="link"
                busy={removeState.loading}
                aria-label={t('admin.users.removeCoordinatorLabel', { region: region.name, name: user.displayName })}
                onClick={() =>
                  void run(
                    () => remove({ variables: { input: { regionSlug: region.slug, userId: user.id } } }),
                    t('admin.users.coordinatorRemoved', { region: region.name }),
                  )
                }
              >
                {t('common.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const region = regions.find((r) => r.slug === regionSlug);
            if (!region) return;
            void run(
              () => appoint({ variables: { input: { regionSlug, userId: user.id } } }),
              t('admin.users.coordinatorAppointed', { region: region.name }),
            ).then(() => setRegionSlug(''));
          }}
        >
          <label htmlFor={selectId}>{t('admin.users.appointLabel', { name: user.displayName })}</label>
          <select id={selectId} className="input" value={regionSlug} onChange={(e) => setRegionSlug(e.target.value)}>
            <option value="">{t('admin.users.chooseRegion')}</option>
            {available.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" busy={appointState.loading} disabled={!regionSlug}>
            {t('admin.users.appoint')}
          </Button>
        </form>
      )}
    </li>
  );
}
