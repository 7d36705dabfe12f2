import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ThreadDetailFieldsFragment } from '../../../generated/graphql';
import {
  CloseThreadMutation, MoveThreadMutation, ReopenThreadMutation, SetThreadLockedMutation, SetThreadPinnedMutation,
} from '../graphql/mutations';
import { SpacesQuery } from '../graphql/operations';
import { useAction } from '../hooks/useAction';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

/** Pin, lock, close or reopen, and move a thread (moderators of its space and administrators). */
export function ModeratorControls({ thread }: { thread: ThreadDetailFieldsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const action = useAction();
  const [done, setDone] = useState('');
  const [target, setTarget] = useState('');
  const spaces = useQuery(SpacesQuery);
  const [setPinned] = useMutation(SetThreadPinnedMutation);
  const [setLocked] = useMutation(SetThreadLockedMutation);
  const [close] = useMutation(CloseThreadMutation);
  const [reopen] = useMutation(ReopenThreadMutation);
  const [move] = useMutation(MoveThreadMutation);
  const threadId = thread.id;
  const others = (spaces.data?.spaces ?? []).filter((s) => s.id !== thread.space.id);

  const run = (label: string, fn: () => Promise<unknown>) =>
    void action.run(fn).then((ok) => setDone(ok ? `${label}: ${t('werkruimte.moderation.done')}` : ''));

  function onMove(event: FormEvent) {
    event.preventDefault();
    if (!target) return;
    run(t('werkruimte.moderation.moveSubmit'), () => move({ variables: { input: { threadId, spaceId: target } } }));
  }

  const pinLabel = thread.pinned ? t('werkruimte.moderation.unpin') : t('werkruimte.moderation.pin');
  const lockLabel = thread.locked ? t('werkruimte.moderation.unlock') : t('werkruimte.moderation.lock');
  const closeLabel = thread.status === 'CLOSED' ? t('werkruimte.moderation.reopen') : t('werkruimte.moderation.close');

  return (
    <section aria-labelledby={`${id}-title`} className="wr-moderation">
      <h2 id={`${id}-title`} className="wr-moderation__title">
        {t('werkruimte.moderation.title')}
      </h2>
      <div className="actions">
        <Button variant="secondary" busy={action.busy} onClick={() => run(pinLabel, () => setPinned({ variables: { input: { threadId, pinned: !thread.pinned } } }))}>
          {pinLabel}
        </Button>
        <Button variant="secondary" busy={action.busy} onClick={() => run(lockLabel, () => setLocked({ variables: { input: { threadId, locked: !thread.locked } } }))}>
          {lockLabel}
        </Button>
        <Button
          variant="secondary"
          busy={action.busy}
          onClick={() =>
            run(closeLabel, () =>
              thread.status === 'CLOSED' ? reopen({ variables: { input: { threadId } } }) : close({ variables: { input: { threadId } } }),
            )
          }
        >
          {closeLabel}
        </Button>
      </div>
      {others.length > 0 && (
        <form className="inline-form wr-move" onSubmit={onMove}>
          <label htmlFor={`${id}-move`}>{t('werkruimte.moderation.move')}</label>
          <select id={`${id}-move`} className="input" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('werkruimte.moderation.chooseSpace')}</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" busy={action.busy} disabled={!target}>
            {t('werkruimte.moderation.moveSubmit')}
          </Button>
        </form>
      )}
      {action.error && <Alert variant="error">{action.error}</Alert>}
      <p className="visually-hidden" role="status">
        {done}
      </p>
    </section>
  );
}
