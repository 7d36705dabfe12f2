import { graphql } from '../../../generated';

export const CurrentUserFieldsFragment = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    displayName
    jobTitle
    roles
    emailVerified
    bestuur {
      id
      code
      name
      kind
      region {
        id
        slug
        name
      }
    }
    coordinatorOf {
      id
      slug
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...CurrentUserFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      id
      emailVerified
    }
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      id
      emailVerified
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const BestuurSearchQuery = graphql(`
  query BestuurSearch($search: String!) {
    besturen(search: $search, first: 10) {
      totalCount
      edges {
        node {
          id
          code
          name
          kind
          province
        }
      }
    }
  }
`);

export const PartnerOrganisationsQuery = graphql(`
  query PartnerOrganisations {
    partnerOrganisations {
      id
      code
      name
      kind
    }
  }
`);
