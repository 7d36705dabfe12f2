import { graphql } from '../../../generated';

export const AdminUsersQuery = graphql(`
  query AdminUsers($first: Int!, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          displayName
          jobTitle
          roles
          emailVerified
          createdAt
          bestuur {
            id
            name
          }
          coordinatorOf {
            id
            slug
            name
          }
        }
      }
    }
  }
`);

export const RegionOptionsQuery = graphql(`
  query RegionOptions {
    regions {
      id
      slug
      name
    }
  }
`);

export const SetAdminMutation = graphql(`
  mutation SetAdmin($input: SetAdminInput!) {
    setAdmin(input: $input) {
      id
      roles
    }
  }
`);

export const AppointCoordinatorMutation = graphql(`
  mutation AppointCoordinator($input: CoordinatorInput!) {
    appointCoordinator(input: $input) {
      id
      slug
      coordinators {
        id
        displayName
        roles
        coordinatorOf {
          id
          slug
          name
        }
      }
    }
  }
`);

export const RemoveCoordinatorMutation = graphql(`
  mutation RemoveCoordinator($input: CoordinatorInput!) {
    removeCoordinator(input: $input) {
      id
      slug
      coordinators {
        id
        displayName
        roles
        coordinatorOf {
          id
          slug
          name
        }
      }
    }
  }
`);

export const OutgoingMailsQuery = graphql(`
  query OutgoingMails($first: Int!, $after: String) {
    outgoingMails(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          to
          subject
          text
          html
          status
          attempts
          createdAt
          sentAt
        }
      }
    }
  }
`);
