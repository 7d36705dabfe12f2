import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import type { FollowLevel, MyFollowsQuery } from '../../../generated/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { FormField } from '../../../ui/FormField';
import { Loading } from '../../../ui/Loading';
import { LoadMore } from '../../../ui/Pagination';
import { Button } from '../../../ui/Button';
import { MyFollowsQuery as MyFollows } from '../graphql/operations';
import { useFollowActions } from '../hooks/useFollowActions';
import { levelsFor } from '../levels';
import '../meldingen.css';

const PAGE_SIZE = 25;
type FollowNode = MyFollowsQuery['myFollows']['edges'][number]['node'];

/** Everything you follow, with its level (changed at once) and "Niet meer volgen". */
export function FollowsOverview() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyFollows, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [message, setMessage] = useState('');

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const connection = data?.myFollows;
  const follows = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <div role="status" className="visually-hidden">
        {message}
      </div>
      {follows.length === 0 ? (
        <EmptyState>{t('meldingen.follows.empty')}</EmptyState>
      ) : (
        <ul className="card-list follow-list">
          {follows.map((f) => (
            <FollowRow key={f.id} follow={f} onDone={setMessage} />
          ))}
        </ul>
      )}
      {connection && follows.length > 0 && (
        <LoadMore
          shown={follows.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
    </>
  );
}

function FollowRow({ follow: f, onDone }: { follow: FollowNode; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { follow, unfollow, busy } = useFollowActions();
  const [problem, setProblem] = useState<string | null>(null);
  const ref = { targetType: f.targetType, targetId: f.targetId };
  const title = f.target?.title ?? t('meldingen.follows.gone');
  const levelName = (level: FollowLevel) => t(`meldingen.levels.${level}`);

  async function onLevel(level: FollowLevel) {
    setProblem(null);
    try {
      await follow(ref, level);
      onDone(t('meldingen.follows.levelSaved', { title, level: levelName(level) }));
    } catch (err) {
      setProblem(errorMessage(toApiError(err)));
    }
  }

  async function onUnfollow() {
    setProblem(null);
    try {
      const after = await unfollow(ref, f.id);
      onDone(
        after?.level
          ? t(`meldingen.follow.stillVia.${after.via}`, { thing: title, level: levelName(after.level) })
          : t('meldingen.follows.unfollowed', { title }),
      );
    } catch (err) {
      setProblem(errorMessage(toApiError(err)));
    }
  }

  return (
    <li className="card follow-row">
      <p className="follow-row__title">
        <span className="follow-row__kind">{t(`meldingen.targetTypes.${f.targetType}`)}</span>{' '}
        {f.target ? <Link to={f.target.link}>{f.target.title}</Link> : <span>{title}</span>}
        {f.auto && <span className="badge follow-row__auto"> {t('meldingen.follows.auto')}</span>}
      </p>
      <div className="follow-row__controls">
        <FormField label={t('meldingen.follows.levelFor', { title })} required error={problem ?? undefined}>
          {(props) => (
            <select className="input" value={f.level} onChange={(e) => void onLevel(e.target.value as FollowLevel)} {...props}>
              {levelsFor(f.targetType).map((level) => (
                <option key={level} value={level}>
                  {levelName(level)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Button variant="secondary" busy={busy} onClick={() => void onUnfollow()}>
          {t('meldingen.follow.unfollow')}
          <span className="visually-hidden">: {title}</span>
        </Button>
      </div>
    </li>
  );
}
