import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import type { FollowLevel, FollowTargetType } from '../../../generated/graphql';
import { Button } from '../../../ui/Button';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { FollowStatusQuery } from '../graphql/operations';
import { useFollowActions } from '../hooks/useFollowActions';
import { levelsFor } from '../levels';
import '../meldingen.css';

export interface FollowButtonProps {
  targetType: FollowTargetType;
  /** The id of the thread, space, traject or solution. */
  targetId: string;
}

/**
 * Follow a thread, space, traject or solution, and choose how much you hear of it:
 * alles, nieuwe onderwerpen (spaces and trajects), normaal or gedempt. Shown to signed-in people only.
 */
export function FollowButton(props: FollowButtonProps) {
  const { user } = useCurrentUser();
  if (!user) return null;
  return <FollowControl key={`${props.targetType}:${props.targetId}`} {...props} />;
}

function FollowControl({ targetType, targetId }: FollowButtonProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const ref = { targetType, targetId };
  const { data, loading, error, refetch } = useQuery(FollowStatusQuery, { variables: ref, fetchPolicy: 'cache-and-network' });
  const { follow, unfollow, busy } = useFollowActions();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (loading && !data) {
    // Same element as below, so focus survives the load.
    return (
      <div className="follow">
        <button type="button" className="btn btn--secondary follow__button" aria-busy="true" aria-disabled="true">
          {t('meldingen.follow.follow')}
        </button>
      </div>
    );
  }
  if (error && !data) {
    // Something one may not see cannot be followed: show nothing rather than an error.
    if (['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].includes(toApiError(error).code)) return null;
    return (
      <p className="follow__problem">
        {t('meldingen.follow.loadFailed')}{' '}
        <Button variant="link" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </p>
    );
  }
  const status = data?.followStatus;
  if (!status) return null;

  const thing = t(`meldingen.follow.things.${targetType}`);
  const levelName = (level: FollowLevel) => t(`meldingen.levels.${level}`);

  async function onChoose(level: FollowLevel) {
    setActionError(null);
    try {
      await follow(ref, level);
      setMessage(t('meldingen.follow.saved', { thing, level: levelName(level) }));
    } catch (err) {
      setActionError(errorMessage(toApiError(err)));
    }
  }

  async function onUnfollow() {
    setActionError(null);
    try {
      const after = await unfollow(ref, status?.follow?.id ?? null);
      setOpen(false);
      buttonRef.current?.focus();
      setMessage(
        after?.level
          ? t(`meldingen.follow.stillVia.${after.via}`, { thing, level: levelName(after.level) })
          : t('meldingen.follow.unfollowed', { thing }),
      );
    } catch (err) {
      setActionError(errorMessage(toApiError(err)));
    }
  }

  const followed = status.level !== null;
  const panelId = `${id}-paneel`;
  const errorId = `${id}-fout`;
  return (
    <div className="follow" ref={rootRef}>
      {/* One button throughout, so focus stays put: "Volgen" follows, afterwards it opens the levels. */}
      <button
        ref={buttonRef}
        type="button"
        className={`btn btn--secondary follow__button${followed ? ' follow__button--on' : ''}`}
        aria-expanded={followed ? open : undefined}
        aria-controls={followed ? panelId : undefined}
        aria-busy={busy || undefined}
        aria-describedby={actionError ? errorId : undefined}
        onClick={() => (followed ? setOpen((v) => !v) : void onChoose('ALLES'))}
      >
        {!followed
          ? t('meldingen.follow.follow')
          : status.level === 'GEDEMPT'
            ? t('meldingen.follow.muted')
            : t('meldingen.follow.following', { level: levelName(status.level as FollowLevel) })}
      </button>
      {followed && (
        <div id={panelId} className="follow__panel" hidden={!open}>
          <fieldset className="follow__levels">
            <legend>{t('meldingen.follow.legend', { thing })}</legend>
            {levelsFor(targetType).map((level) => (
              <div key={level} className="follow__option">
                <input
                  type="radio"
                  id={`${id}-${level}`}
                  name={`${id}-niveau`}
                  value={level}
                  checked={status.level === level}
                  aria-describedby={`${id}-${level}-uitleg`}
                  onChange={() => void onChoose(level)}
                />
                <label htmlFor={`${id}-${level}`}>{levelName(level)}</label>
                <p id={`${id}-${level}-uitleg`} className="follow__hint">
                  {t(`meldingen.follow.hints.${targetType}.${level}`)}
                </p>
              </div>
            ))}
          </fieldset>
          {status.via !== 'EXPLICIT' && <p className="follow__via">{t(`meldingen.follow.via.${status.via}`, { thing })}</p>}
          {status.follow && (
            <Button variant="secondary" busy={busy} onClick={() => void onUnfollow()}>
              {t('meldingen.follow.unfollow')}
            </Button>
          )}
        </div>
      )}
      {actionError && (
        <p id={errorId} className="field__error" role="alert">
          {actionError}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
