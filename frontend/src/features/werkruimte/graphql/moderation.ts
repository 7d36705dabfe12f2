import { graphql } from '../../../generated';

// Inline, no fragment spreads: the server's depth limit counts each spread as two levels.
export const ReportsQuery = graphql(`
  query WerkruimteReports($spaceId: ID, $status: ReportStatus, $first: Int, $after: String) {
    discussionReports(spaceId: $spaceId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          reason
          status
          createdAt
          resolvedAt
          reporter {
            id
            displayName
          }
          resolvedBy {
            id
            displayName
          }
          thread {
            id
            title
            bodyHtml
            author {
              id
              displayName
            }
            space {
              id
              slug
              name
            }
          }
          comment {
            id
            bodyHtml
            deleted
            hidden
            hiddenReason
            author {
              id
              displayName
            }
            viewerCan {
              hide
            }
          }
        }
      }
    }
  }
`);

/** Only the number, for the badge next to the link; never cached (it would share the list's cache entry). */
export const OpenReportCountQuery = graphql(`
  query WerkruimteOpenReportCount {
    discussionReports(status: OPEN, first: 1) {
      totalCount
    }
  }
`);

export const ResolveReportMutation = graphql(`
  mutation WerkruimteResolveReport($input: ResolveReportInput!) {
    resolveReport(input: $input) {
      id
      status
      resolvedAt
      resolvedBy {
        id
        displayName
      }
    }
  }
`);

export const ModerationLogQuery = graphql(`
  query WerkruimteModerationLog($first: Int, $after: String) {
    moderationLog(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          subjectType
          subjectId
          before
          after
          createdAt
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);
