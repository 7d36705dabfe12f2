import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminUsersQuery, RegionOptionsQuery } from '../graphql/operations';
import { UserAdminCard } from './UserAdminCard';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadMore } from '../../../ui/Pagination';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

const PAGE_SIZE = 20;

export function UsersAdmin() {
  const { t } = useTranslation();
  const searchId = useId();
  const { user: me } = useCurrentUser();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 300);
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminUsersQuery, {
    variables: { first: PAGE_SIZE, search: debounced || null },
    notifyOnNetworkStatusChange: true,
  });
  const regions = useQuery(RegionOptionsQuery);
  const regionOptions = [...(regions.data?.regions ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));

  const connection = data?.users;
  const users = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <form role="search" className="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={searchId}>{t('admin.users.search')}</label>
        <input
          id={searchId}
          className="input"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
        />
      </form>
      {loading && !data && <Loading />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && users.length === 0 && <EmptyState>{t('admin.users.empty')}</EmptyState>}
      {users.length > 0 && (
        <ul className="card-list">
          {users.map((u) => (
            <UserAdminCard key={u.id} user={u} regions={regionOptions} isSelf={u.id === me?.id} />
          ))}
        </ul>
      )}
      {connection && (
        <LoadMore
          shown={users.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
    </>
  );
}
