import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MilestoneFieldsFragment } from '../../../generated/graphql';
import { DeleteMilestoneMutation } from '../graphql/manage';
import { useDay } from '../hooks/useDay';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { MilestoneForm } from './MilestoneForm';

export interface MilestonesManagerProps {
  trajectId: string;
  milestones: readonly MilestoneFieldsFragment[];
}

/** The leads add, change and delete milestones; the progress roll-up follows. */
export function MilestonesManager({ trajectId, milestones }: MilestonesManagerProps) {
  const { t } = useTranslation();
  const day = useDay();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [addKey, setAddKey] = useState(0);
  const statusRef = useRef<HTMLDivElement>(null);
  const [remove, removeState] = useMutation(DeleteMilestoneMutation);

  function done(text: string) {
    setEditing(null);
    setConfirming(null);
    setResult({ ok: true, text });
    setAddKey((k) => k + 1);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  async function onDelete(milestone: MilestoneFieldsFragment) {
    try {
      await remove({ variables: { input: { milestoneId: milestone.id } } });
      done(t('trajecten.milestoneForm.deleted', { title: milestone.title }));
    } catch (e) {
      setResult({ ok: false, text: errorMessage(toApiError(e)) });
    }
  }

  return (
    <>
      <div ref={statusRef} tabIndex={-1} className="tj-focus-target">
        {result && <Alert variant={result.ok ? 'success' : 'error'}>{result.text}</Alert>}
      </div>
      {milestones.length === 0 ? (
        <EmptyState>{t('trajecten.milestones.empty')}</EmptyState>
      ) : (
        <ul className="card-list">
          {milestones.map((m) => (
            <li key={m.id} className="card">
              {editing === m.id ? (
                <MilestoneForm trajectId={trajectId} milestone={m} onDone={done} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <h4 className="card__title">{m.title}</h4>
                  <p className="tj-update__meta">
                    {t(`trajecten.milestoneStatus.${m.status}`)} · {t('trajecten.milestones.due', { date: day(m.dueDate) })} ·{' '}
                    {t('trajecten.milestones.weight', { weight: m.weight })}
                  </p>
                  <div className="actions">
                    <Button variant="secondary" onClick={() => setEditing(m.id)}>
                      {t('trajecten.manage.edit')}
                      <span className="visually-hidden">: {m.title}</span>
                    </Button>
                    {confirming === m.id ? (
                      <>
                        <Button variant="danger" busy={removeState.loading} onClick={() => void onDelete(m)}>
                          {t('trajecten.manage.confirmDelete')}
                        </Button>
                        <Button variant="secondary" onClick={() => setConfirming(null)}>
                          {t('common.cancel')}
                        </Button>
                      </>
                    ) : (
                      <Button variant="danger" onClick={() => setConfirming(m.id)}>
                        {t('common.remove')}
                        <span className="visually-hidden">: {m.title}</span>
                      </Button>
                    )}
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="panel">
        <MilestoneForm key={addKey} trajectId={trajectId} onDone={done} />
      </div>
    </>
  );
}
