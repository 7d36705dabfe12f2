import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ProgressUpdateFieldsFragment, ProgressUpdateStatus } from '../../../generated/graphql';
import { ProgressUpdatesQuery } from '../graphql/operations';
import { DeleteProgressUpdateMutation, PublishProgressUpdateMutation } from '../graphql/manage';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { useFormatters } from '../../../app/format';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';

const SHOWN = 20;
const REFETCH = ['ProgressUpdates', 'Traject'];

export interface UpdatesListProps {
  trajectId: string;
  status: ProgressUpdateStatus;
  onEdit: (update: ProgressUpdateFieldsFragment) => void;
  onChanged: (message: string) => void;
}

/** Drafts, scheduled or published updates, with what the team can do with each. */
export function UpdatesList({ trajectId, status, onEdit, onChanged }: UpdatesListProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(ProgressUpdatesQuery, {
    variables: { trajectId, status, first: SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const [publish] = useMutation(PublishProgressUpdateMutation, { refetchQueries: REFETCH });
  const [remove] = useMutation(DeleteProgressUpdateMutation, { refetchQueries: REFETCH });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const updates = data?.progressUpdates.edges.map((edge) => edge.node) ?? [];
  const headingId = `berichten-${status.toLowerCase()}`;

  async function run(update: ProgressUpdateFieldsFragment, action: 'publish' | 'delete') {
    setBusy(update.id);
    setFailure(null);
    try {
      if (action === 'publish') await publish({ variables: { input: { updateId: update.id } } });
      else await remove({ variables: { input: { updateId: update.id } } });
      onChanged(t(action === 'publish' ? 'trajecten.editor.done.published' : 'trajecten.editor.done.deleted', { title: update.title }));
    } catch (e) {
      setFailure(errorMessage(toApiError(e)));
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  }

  return (
    <section aria-labelledby={headingId} className="tj-updates-list">
      <h3 id={headingId}>{t(`trajecten.manage.updatesList.${status}`)}</h3>
      {failure && <Alert variant="error">{failure}</Alert>}
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : updates.length === 0 ? (
        <EmptyState>{t(`trajecten.manage.updatesList.empty${status}`)}</EmptyState>
      ) : (
        <ul className="card-list">
          {updates.map((update) => (
            <li key={update.id} className="card">
              <h4 className="card__title">{update.title}</h4>
              <p className="tj-update__meta">
                {status === 'SCHEDULED' && update.publishAt && t('trajecten.manage.scheduledFor', { date: fmt.dateTime(update.publishAt) })}
                {status === 'DRAFT' && t('trajecten.manage.createdOn', { date: fmt.dateTime(update.createdAt) })}
                {status === 'PUBLISHED' && update.publishedAt && t('trajecten.manage.publishedOn', { date: fmt.dateTime(update.publishedAt) })}
                {update.edited && <> · {t('trajecten.updates.edited')}</>}
              </p>
              <div className="actions">
                <Button variant="secondary" onClick={() => onEdit(update)}>
                  {t('trajecten.manage.edit')}
                  <span className="visually-hidden">: {update.title}</span>
                </Button>
                {status !== 'PUBLISHED' && (
                  <Button busy={busy === update.id} onClick={() => void run(update, 'publish')}>
                    {t('trajecten.manage.publishNow')}
                    <span className="visually-hidden">: {update.title}</span>
                  </Button>
                )}
                {status !== 'PUBLISHED' &&
                  (confirming === update.id ? (
                    <>
                      <Button variant="danger" busy={busy === update.id} onClick={() => void run(update, 'delete')}>
                        {t('trajecten.manage.confirmDelete')}
                      </Button>
                      <Button variant="secondary" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </Button>
                    </>
                  ) : (
                    <Button variant="danger" onClick={() => setConfirming(update.id)}>
                      {t('common.remove')}
                      <span className="visually-hidden">: {update.title}</span>
                    </Button>
                  ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
