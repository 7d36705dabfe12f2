import { graphql } from '../../../generated';

export const CreateProgressUpdateMutation = graphql(`
  mutation CreateProgressUpdate($input: CreateProgressUpdateInput!) {
    createProgressUpdate(input: $input) {
      ...ProgressUpdateFields
    }
  }
`);

export const UpdateProgressUpdateMutation = graphql(`
  mutation UpdateProgressUpdate($input: UpdateProgressUpdateInput!) {
    updateProgressUpdate(input: $input) {
      ...ProgressUpdateFields
    }
  }
`);

export const ScheduleProgressUpdateMutation = graphql(`
  mutation ScheduleProgressUpdate($input: ScheduleProgressUpdateInput!) {
    scheduleProgressUpdate(input: $input) {
      ...ProgressUpdateFields
    }
  }
`);

export const PublishProgressUpdateMutation = graphql(`
  mutation PublishProgressUpdate($input: ProgressUpdateIdInput!) {
    publishProgressUpdate(input: $input) {
      ...ProgressUpdateFields
    }
  }
`);

export const DeleteProgressUpdateMutation = graphql(`
  mutation DeleteProgressUpdate($input: ProgressUpdateIdInput!) {
    deleteProgressUpdate(input: $input) {
      id
      publishedUpdateCount
    }
  }
`);

export const CreateMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      ...MilestoneFields
    }
  }
`);

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      ...MilestoneFields
    }
  }
`);

export const DeleteMilestoneMutation = graphql(`
  mutation DeleteMilestone($input: DeleteMilestoneInput!) {
    deleteMilestone(input: $input) {
      id
      progress
      milestones {
        ...MilestoneFields
      }
    }
  }
`);

export const CreateOutcomeIndicatorMutation = graphql(`
  mutation CreateOutcomeIndicator($input: CreateOutcomeIndicatorInput!) {
    createOutcomeIndicator(input: $input) {
      id
      name
    }
  }
`);

export const RecordIndicatorMeasurementMutation = graphql(`
  mutation RecordIndicatorMeasurement($input: RecordIndicatorMeasurementInput!) {
    recordIndicatorMeasurement(input: $input) {
      id
      measurements {
        id
        value
        measuredOn
        note
      }
    }
  }
`);

export const SetTrajectProgressMutation = graphql(`
  mutation SetTrajectProgress($input: SetTrajectProgressInput!) {
    setTrajectProgress(input: $input) {
      id
      progress
      progressMode
      progressReason
      progressHistory {
        at
        progress
        mode
        reason
        updateId
      }
    }
  }
`);

export const TrajectSubscribersQuery = graphql(`
  query TrajectSubscribers(
    $trajectId: ID!
    $first: Int
    $after: String
    $level: SubscriptionLevel
    $requestStatus: ParticipationStatus
  ) {
    trajectSubscribers(trajectId: $trajectId, first: $first, after: $after, level: $level, requestStatus: $requestStatus) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          level
          requestStatus
          requestMessage
          createdAt
          user {
            id
            displayName
            jobTitle
            bestuur {
              id
              name
            }
          }
          bestuur {
            id
            name
            nisCode
          }
        }
      }
    }
  }
`);

export const DecideParticipationRequestMutation = graphql(`
  mutation DecideParticipationRequest($input: DecideParticipationRequestInput!) {
    decideParticipationRequest(input: $input) {
      id
      level
      requestStatus
      decisionMessage
      decidedAt
      traject {
        id
        participantCount
        followerCount
        pendingRequestCount
        rolloutCounts {
          ...RolloutCountsFields
        }
      }
    }
  }
`);
