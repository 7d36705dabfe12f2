import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { FollowLevel, FollowTargetType } from '../../../generated/graphql';
import { FollowStatusQuery, FollowTargetMutation, UnfollowTargetMutation } from '../graphql/operations';

export interface FollowRef {
  targetType: FollowTargetType;
  targetId: string;
}

/** Follow (or change the level) and unfollow; the follow status of the thing in the cache follows. */
export function useFollowActions() {
  const [followMutation, followState] = useMutation(FollowTargetMutation);
  const [unfollowMutation, unfollowState] = useMutation(UnfollowTargetMutation);

  const follow = useCallback(
    async (ref: FollowRef, level: FollowLevel) => {
      const result = await followMutation({
        variables: { input: { ...ref, level } },
        update(cache, { data }) {
          const followed = data?.followTarget;
          if (!followed) return;
          cache.writeQuery({
            query: FollowStatusQuery,
            variables: ref,
            data: {
              followStatus: {
                __typename: 'FollowStatus',
                ...ref,
                level: followed.level,
                via: followed.auto ? 'AUTOMATIC' : 'EXPLICIT',
                follow: followed,
              },
            },
          });
        },
      });
      return result.data?.followTarget ?? null;
    },
    [followMutation],
  );

  const unfollow = useCallback(
    async (ref: FollowRef, followId: string | null) => {
      const result = await unfollowMutation({
        variables: { input: ref },
        update(cache, { data }) {
          const status = data?.unfollowTarget;
          if (status) cache.writeQuery({ query: FollowStatusQuery, variables: ref, data: { followStatus: status } });
          if (!followId) return;
          const removed = cache.evict({ id: cache.identify({ __typename: 'Follow', id: followId }) });
          if (removed) {
            cache.modify({
              fields: {
                myFollows: (value) => {
                  const page = value as { totalCount?: unknown } | undefined;
                  return page && typeof page.totalCount === 'number' ? { ...page, totalCount: Math.max(0, page.totalCount - 1) } : value;
                },
              },
            });
          }
          cache.gc();
        },
      });
      return result.data?.unfollowTarget ?? null;
    },
    [unfollowMutation],
  );

  return { follow, unfollow, busy: followState.loading || unfollowState.loading };
}
