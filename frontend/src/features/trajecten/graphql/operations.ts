import { graphql } from '../../../generated';

export const TrajectenQuery = graphql(`
  query Trajecten(
    $first: Int
    $after: String
    $status: TrajectStatus
    $phase: TrajectPhase
    $pillar: Pillar
    $mine: Boolean
  ) {
    trajecten(first: $first, after: $after, status: $status, phase: $phase, pillar: $pillar, mine: $mine) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TrajectCardFields
        }
      }
    }
  }
`);

export const TrajectQuery = graphql(`
  query Traject($slug: String!) {
    traject(slug: $slug) {
      ...TrajectDetailFields
    }
  }
`);

export const TrajectRolloutQuery = graphql(`
  query TrajectRollout($slug: String!) {
    traject(slug: $slug) {
      id
      rolloutCounts {
        ...RolloutCountsFields
      }
      rolloutByRegion {
        region {
          id
          code
          slug
          name
        }
        notInvolved
        interested
        participant
        live
        total
      }
      rolloutGrid {
        status
        updatedAt
        bestuur {
          id
          name
          nisCode
          region {
            id
          }
        }
      }
    }
  }
`);

export const ProgressUpdatesQuery = graphql(`
  query ProgressUpdates($trajectId: ID!, $first: Int, $after: String, $status: ProgressUpdateStatus) {
    progressUpdates(trajectId: $trajectId, first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProgressUpdateFields
        }
      }
    }
  }
`);

export const TrajectChangedSubscription = graphql(`
  subscription TrajectChanged($trajectId: ID!, $after: String) {
    trajectChanged(trajectId: $trajectId, after: $after) {
      position
      type
      occurredAt
      traject {
        ...TrajectDetailFields
      }
      milestone {
        ...MilestoneFields
      }
      update {
        ...ProgressUpdateFields
      }
    }
  }
`);

export const ProgressUpdatePublishedSubscription = graphql(`
  subscription ProgressUpdatePublished($trajectId: ID!, $after: String) {
    progressUpdatePublished(trajectId: $trajectId, after: $after) {
      position
      occurredAt
      update {
        ...ProgressUpdateFields
      }
    }
  }
`);

export const SubscribeToTrajectMutation = graphql(`
  mutation SubscribeToTraject($input: SubscribeToTrajectInput!) {
    subscribeToTraject(input: $input) {
      ...ViewerSubscriptionFields
      traject {
        id
        participantCount
        followerCount
        pendingRequestCount
        viewerSubscription {
          ...ViewerSubscriptionFields
        }
      }
    }
  }
`);

export const UnsubscribeFromTrajectMutation = graphql(`
  mutation UnsubscribeFromTraject($input: TrajectIdInput!) {
    unsubscribeFromTraject(input: $input) {
      id
      participantCount
      followerCount
      pendingRequestCount
      viewerSubscription {
        ...ViewerSubscriptionFields
      }
    }
  }
`);

export const RegisterBestuurInterestMutation = graphql(`
  mutation RegisterBestuurInterest($input: TrajectIdInput!) {
    registerBestuurInterest(input: $input) {
      id
      rolloutCounts {
        ...RolloutCountsFields
      }
    }
  }
`);

