/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation ResendVerification {\n    resendVerification\n  }\n": typeof types.ResendVerificationDocument,
    "\n  query AdminUsers($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          displayName\n          jobTitle\n          roles\n          emailVerified\n          createdAt\n          bestuur {\n            id\n            name\n          }\n          coordinatorOf {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query RegionOptions {\n    regions {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.RegionOptionsDocument,
    "\n  mutation SetAdmin($input: SetAdminInput!) {\n    setAdmin(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.SetAdminDocument,
    "\n  mutation AppointCoordinator($input: CoordinatorInput!) {\n    appointCoordinator(input: $input) {\n      id\n      slug\n      coordinators {\n        id\n        displayName\n        roles\n        coordinatorOf {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.AppointCoordinatorDocument,
    "\n  mutation RemoveCoordinator($input: CoordinatorInput!) {\n    removeCoordinator(input: $input) {\n      id\n      slug\n      coordinators {\n        id\n        displayName\n        roles\n        coordinatorOf {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.RemoveCoordinatorDocument,
    "\n  query OutgoingMails($first: Int!, $after: String) {\n    outgoingMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          status\n          attempts\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.OutgoingMailsDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    jobTitle\n    roles\n    emailVerified\n    bestuur {\n      id\n      code\n      name\n      kind\n      region {\n        id\n        slug\n        name\n      }\n    }\n    coordinatorOf {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query BestuurSearch($search: String!) {\n    besturen(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n": typeof types.BestuurSearchDocument,
    "\n  query PartnerOrganisations {\n    partnerOrganisations {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.PartnerOrganisationsDocument,
    "\n  query Regions {\n    regions {\n      id\n      slug\n      name\n      province\n      population\n      bestuurCount\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  fragment RegionFields on Region {\n    id\n    slug\n    code\n    name\n    description\n    province\n    population\n    bestuurCount\n    coordinators {\n      id\n      displayName\n      jobTitle\n      email\n      bestuur {\n        id\n        name\n      }\n    }\n    besturen {\n      id\n      nisCode\n      code\n      name\n      population\n    }\n  }\n": typeof types.RegionFieldsFragmentDoc,
    "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      ...RegionFields\n    }\n  }\n": typeof types.RegionDocument,
    "\n  subscription RegionChanged($slug: String!) {\n    regionChanged(slug: $slug) {\n      ...RegionFields\n    }\n  }\n": typeof types.RegionChangedDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  query Bestuur($nisCode: String!) {\n    bestuur(nisCode: $nisCode) {\n      id\n      nisCode\n      code\n      kind\n      name\n      province\n      arrondissement\n      population\n      region {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.BestuurDocument,
};
const documents: Documents = {
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation ResendVerification {\n    resendVerification\n  }\n": types.ResendVerificationDocument,
    "\n  query AdminUsers($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          displayName\n          jobTitle\n          roles\n          emailVerified\n          createdAt\n          bestuur {\n            id\n            name\n          }\n          coordinatorOf {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query RegionOptions {\n    regions {\n      id\n      slug\n      name\n    }\n  }\n": types.RegionOptionsDocument,
    "\n  mutation SetAdmin($input: SetAdminInput!) {\n    setAdmin(input: $input) {\n      id\n      roles\n    }\n  }\n": types.SetAdminDocument,
    "\n  mutation AppointCoordinator($input: CoordinatorInput!) {\n    appointCoordinator(input: $input) {\n      id\n      slug\n      coordinators {\n        id\n        displayName\n        roles\n        coordinatorOf {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.AppointCoordinatorDocument,
    "\n  mutation RemoveCoordinator($input: CoordinatorInput!) {\n    removeCoordinator(input: $input) {\n      id\n      slug\n      coordinators {\n        id\n        displayName\n        roles\n        coordinatorOf {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.RemoveCoordinatorDocument,
    "\n  query OutgoingMails($first: Int!, $after: String) {\n    outgoingMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          status\n          attempts\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.OutgoingMailsDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    jobTitle\n    roles\n    emailVerified\n    bestuur {\n      id\n      code\n      name\n      kind\n      region {\n        id\n        slug\n        name\n      }\n    }\n    coordinatorOf {\n      id\n      slug\n      name\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      emailVerified\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query BestuurSearch($search: String!) {\n    besturen(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n": types.BestuurSearchDocument,
    "\n  query PartnerOrganisations {\n    partnerOrganisations {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.PartnerOrganisationsDocument,
    "\n  query Regions {\n    regions {\n      id\n      slug\n      name\n      province\n      population\n      bestuurCount\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  fragment RegionFields on Region {\n    id\n    slug\n    code\n    name\n    description\n    province\n    population\n    bestuurCount\n    coordinators {\n      id\n      displayName\n      jobTitle\n      email\n      bestuur {\n        id\n        name\n      }\n    }\n    besturen {\n      id\n      nisCode\n      code\n      name\n      population\n    }\n  }\n": types.RegionFieldsFragmentDoc,
    "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      ...RegionFields\n    }\n  }\n": types.RegionDocument,
    "\n  subscription RegionChanged($slug: String!) {\n    regionChanged(slug: $slug) {\n      ...RegionFields\n    }\n  }\n": types.RegionChangedDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  query Bestuur($nisCode: String!) {\n    bestuur(nisCode: $nisCode) {\n      id\n      nisCode\n      code\n      kind\n      name\n      province\n      arrondissement\n      population\n      region {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.BestuurDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerification\n  }\n"): (typeof documents)["\n  mutation ResendVerification {\n    resendVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          displayName\n          jobTitle\n          roles\n          emailVerified\n          createdAt\n          bestuur {\n            id\n            name\n          }\n          coordinatorOf {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          displayName\n          jobTitle\n          roles\n          emailVerified\n          createdAt\n          bestuur {\n            id\n            name\n          }\n          coordinatorOf {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOptions {\n    regions {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegionOptions {\n    regions {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAdmin($input: SetAdminInput!) {\n    setAdmin(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetAdmin($input: SetAdminInput!) {\n    setAdmin(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointCoordinator($input: CoordinatorInput!) {\n    appointCoordinator(input: $input) {\n      id\n      slug\n      coordinators {\n        id\n        displayName\n        roles\n        coordinatorOf {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointCoordinator($input: CoordinatorInput!) {\n    appointCoordinator(input: $input) {\n      id\n      slug\n      coordinators {\n        id\n        displayName\n        roles\n        coordinatorOf {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCoordinator($input: CoordinatorInput!) {\n    removeCoordinator(input: $input) {\n      id\n      slug\n      coordinators {\n        id\n        displayName\n        roles\n        coordinatorOf {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCoordinator($input: CoordinatorInput!) {\n    removeCoordinator(input: $input) {\n      id\n      slug\n      coordinators {\n        id\n        displayName\n        roles\n        coordinatorOf {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutgoingMails($first: Int!, $after: String) {\n    outgoingMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          status\n          attempts\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutgoingMails($first: Int!, $after: String) {\n    outgoingMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          status\n          attempts\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    jobTitle\n    roles\n    emailVerified\n    bestuur {\n      id\n      code\n      name\n      kind\n      region {\n        id\n        slug\n        name\n      }\n    }\n    coordinatorOf {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    jobTitle\n    roles\n    emailVerified\n    bestuur {\n      id\n      code\n      name\n      kind\n      region {\n        id\n        slug\n        name\n      }\n    }\n    coordinatorOf {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BestuurSearch($search: String!) {\n    besturen(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BestuurSearch($search: String!) {\n    besturen(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          province\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisations {\n    partnerOrganisations {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PartnerOrganisations {\n    partnerOrganisations {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      id\n      slug\n      name\n      province\n      population\n      bestuurCount\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      id\n      slug\n      name\n      province\n      population\n      bestuurCount\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFields on Region {\n    id\n    slug\n    code\n    name\n    description\n    province\n    population\n    bestuurCount\n    coordinators {\n      id\n      displayName\n      jobTitle\n      email\n      bestuur {\n        id\n        name\n      }\n    }\n    besturen {\n      id\n      nisCode\n      code\n      name\n      population\n    }\n  }\n"): (typeof documents)["\n  fragment RegionFields on Region {\n    id\n    slug\n    code\n    name\n    description\n    province\n    population\n    bestuurCount\n    coordinators {\n      id\n      displayName\n      jobTitle\n      email\n      bestuur {\n        id\n        name\n      }\n    }\n    besturen {\n      id\n      nisCode\n      code\n      name\n      population\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      ...RegionFields\n    }\n  }\n"): (typeof documents)["\n  query Region($slug: String!) {\n    region(slug: $slug) {\n      ...RegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RegionChanged($slug: String!) {\n    regionChanged(slug: $slug) {\n      ...RegionFields\n    }\n  }\n"): (typeof documents)["\n  subscription RegionChanged($slug: String!) {\n    regionChanged(slug: $slug) {\n      ...RegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bestuur($nisCode: String!) {\n    bestuur(nisCode: $nisCode) {\n      id\n      nisCode\n      code\n      kind\n      name\n      province\n      arrondissement\n      population\n      region {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Bestuur($nisCode: String!) {\n    bestuur(nisCode: $nisCode) {\n      id\n      nisCode\n      code\n      kind\n      name\n      province\n      arrondissement\n      population\n      region {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;