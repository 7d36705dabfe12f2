import { graphql } from '../../../generated';

/** socket.io events of the bell (backend notifications.gateway.ts). */
export const COUNT_EVENT = 'notifications:count';
export const SYNC_EVENT = 'notifications:sync';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    type
    summary
    subjectTitle
    excerpt
    link
    read
    readAt
    createdAt
    actorName
    context {
      kind
      id
      title
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: NotificationIdInput!) {
    markNotificationRead(input: $input) {
      id
      read
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      type
      label
      delivery
      isDefault
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      type
      label
      delivery
      isDefault
    }
  }
`);

export const FollowFieldsFragment = graphql(`
  fragment FollowFields on Follow {
    id
    targetType
    targetId
    level
    auto
    createdAt
  }
`);

export const MyFollowsQuery = graphql(`
  query MyFollows($first: Int!, $after: String) {
    myFollows(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...FollowFields
          target {
            title
            link
          }
        }
      }
    }
  }
`);

export const FollowStatusFieldsFragment = graphql(`
  fragment FollowStatusFields on FollowStatus {
    targetType
    targetId
    level
    via
    follow {
      ...FollowFields
    }
  }
`);

export const FollowStatusQuery = graphql(`
  query FollowStatus($targetType: FollowTargetType!, $targetId: ID!) {
    followStatus(targetType: $targetType, targetId: $targetId) {
      ...FollowStatusFields
    }
  }
`);

export const FollowTargetMutation = graphql(`
  mutation FollowTarget($input: FollowTargetInput!) {
    followTarget(input: $input) {
      ...FollowFields
    }
  }
`);

export const UnfollowTargetMutation = graphql(`
  mutation UnfollowTarget($input: UnfollowTargetInput!) {
    unfollowTarget(input: $input) {
      ...FollowStatusFields
    }
  }
`);
