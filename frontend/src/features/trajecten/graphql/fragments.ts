import { graphql } from '../../../generated';

export const TrajectCardFieldsFragment = graphql(`
  fragment TrajectCardFields on Traject {
    id
    slug
    title
    summary
    phase
    pillars
    status
    visibility
    progress
    progressMode
    startDate
    targetDate
    isDemo
    participantCount
    followerCount
    latestUpdate {
      id
      title
      publishedAt
    }
  }
`);

export const MilestoneFieldsFragment = graphql(`
  fragment MilestoneFields on Milestone {
    id
    title
    description
    dueDate
    status
    weight
    reachedAt
  }
`);

export const ViewerSubscriptionFieldsFragment = graphql(`
  fragment ViewerSubscriptionFields on TrajectSubscription {
    id
    level
    requestStatus
    requestMessage
    decisionMessage
    decidedAt
    bestuur {
      id
      name
    }
  }
`);

export const RolloutCountsFieldsFragment = graphql(`
  fragment RolloutCountsFields on RolloutCounts {
    notInvolved
    interested
    participant
    live
    total
  }
`);

/** Everything the traject page shows outside the rollout grid and the updates; also sent live. */
export const TrajectDetailFieldsFragment = graphql(`
  fragment TrajectDetailFields on Traject {
    ...TrajectCardFields
    description
    space {
      id
      slug
      name
      viewerCan {
        post
      }
    }
    partners
    progressReason
    pendingRequestCount
    publishedUpdateCount
    viewerRole
    viewerCanManage
    viewerCanPublish
    viewerSubscription {
      ...ViewerSubscriptionFields
    }
    rssUrl
    atomUrl
    icalUrl
    rolloutCounts {
      ...RolloutCountsFields
    }
    milestones {
      ...MilestoneFields
    }
    progressHistory {
      at
      progress
      mode
      reason
      updateId
    }
    indicators {
      id
      name
      unit
      description
      baseline
      target
      measurements {
        id
        value
        measuredOn
        note
      }
    }
    team {
      role
      appointedAt
      user {
        id
        displayName
        jobTitle
        bestuur {
          id
          name
        }
      }
    }
  }
`);

export const ProgressUpdateFieldsFragment = graphql(`
  fragment ProgressUpdateFields on ProgressUpdate {
    id
    title
    body
    status
    publishAt
    publishedAt
    editedAt
    edited
    attachProgress
    progressSnapshot
    createdAt
    author {
      id
      displayName
    }
    milestoneChanges {
      status
      milestone {
        id
        title
      }
    }
  }
`);
