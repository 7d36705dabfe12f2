import { graphql } from '../../../generated';

export const WerkruimtePersonFragment = graphql(`
  fragment WerkruimtePerson on User {
    id
    displayName
    jobTitle
    bestuur {
      id
      name
    }
  }
`);

export const SpaceFieldsFragment = graphql(`
  fragment SpaceFields on Space {
    id
    kind
    slug
    name
    threadCount
    viewerCan {
      read
      post
      member
      moderate
      announce
    }
  }
`);

export const ThreadSummaryFieldsFragment = graphql(`
  fragment ThreadSummaryFields on Thread {
    id
    kind
    title
    tags
    status
    pinned
    locked
    membersOnly
    createdAt
    lastActivityAt
    replyCount
    unreadCount
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
`);

// No nested fragment spreads here: the server's depth limit counts each spread as two levels.
export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    parentId
    createdAt
    editedAt
    edited
    deleted
    hidden
    hiddenReason
    body
    bodyHtml
    usefulCount
    viewerFoundUseful
    author {
      id
      displayName
      jobTitle
      bestuur {
        id
        name
      }
    }
    viewerCan {
      edit
      delete
      reply
      react
      acceptAnswer
      hide
      report
    }
  }
`);

export const ThreadDetailFieldsFragment = graphql(`
  fragment ThreadDetailFields on Thread {
    id
    kind
    title
    body
    bodyHtml
    tags
    status
    pinned
    locked
    membersOnly
    createdAt
    lastActivityAt
    editedAt
    replyCount
    participantCount
    acceptedAnswer {
      id
    }
    author {
      ...WerkruimtePerson
    }
    space {
      id
      slug
      name
      kind
    }
    viewerCan {
      comment
      edit
      moderate
      acceptAnswer
      report
    }
  }
`);

/** Read from the cache only (useFragment), never sent as such: a top-level comment and its replies. */
export const CommentWithRepliesFragment = graphql(`
  fragment CommentWithReplies on Comment {
    ...CommentFields
    replies {
      ...CommentFields
    }
  }
`);

/** Cache bookkeeping only: which replies a top-level comment has. */
export const CommentReplyIdsFragment = graphql(`
  fragment CommentReplyIds on Comment {
    id
    replies {
      id
    }
  }
`);
