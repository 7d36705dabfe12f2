import { graphql } from '../../../generated';

export const SpacesQuery = graphql(`
  query WerkruimteSpaces {
    spaces {
      ...SpaceFields
    }
  }
`);

export const SpaceBySlugQuery = graphql(`
  query WerkruimteSpace($slug: String!) {
    space(slug: $slug) {
      ...SpaceFields
    }
  }
`);

export const ThreadsQuery = graphql(`
  query WerkruimteThreads(
    $spaceId: ID
    $kind: ThreadKind
    $status: ThreadStatus
    $tag: String
    $mine: Boolean
    $unread: Boolean
    $sort: ThreadSort
    $first: Int
    $after: String
  ) {
    threads(
      spaceId: $spaceId
      kind: $kind
      status: $status
      tag: $tag
      mine: $mine
      unread: $unread
      sort: $sort
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ThreadSummaryFields
        }
      }
    }
  }
`);

export const ThreadQuery = graphql(`
  query WerkruimteThread($id: ID!, $first: Int, $after: String) {
    thread(id: $id) {
      ...ThreadDetailFields
      lastReadAt
      comments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...CommentFields
            replies {
              ...CommentFields
            }
          }
        }
      }
    }
  }
`);

export const SimilarQuestionsQuery = graphql(`
  query WerkruimteSimilarQuestions($title: String!, $spaceId: ID) {
    similarQuestions(title: $title, spaceId: $spaceId) {
      id
      title
      status
      replyCount
      space {
        id
        name
      }
    }
  }
`);

export const SearchDiscussionsQuery = graphql(`
  query WerkruimteSearch($query: String!, $spaceId: ID, $kind: ThreadKind, $first: Int) {
    searchDiscussions(query: $query, spaceId: $spaceId, kind: $kind, first: $first) {
      snippet
      rank
      comment {
        id
        author {
          id
          displayName
        }
      }
      thread {
        ...ThreadSummaryFields
      }
    }
  }
`);

export const MarkdownPreviewQuery = graphql(`
  query WerkruimteMarkdownPreview($markdown: String!) {
    markdownPreview(markdown: $markdown)
  }
`);

export const MentionCandidatesQuery = graphql(`
  query WerkruimteMentionCandidates($search: String!, $threadId: ID, $spaceId: ID) {
    mentionCandidates(search: $search, threadId: $threadId, spaceId: $spaceId) {
      id
      displayName
      jobTitle
      bestuur {
        id
        name
      }
    }
  }
`);

export const CommentRevisionsQuery = graphql(`
  query WerkruimteCommentRevisions($id: ID!) {
    comment(id: $id) {
      id
      revisions {
        id
        bodyHtml
        writtenAt
        editor {
          id
          displayName
        }
      }
    }
  }
`);

export const ThreadRevisionsQuery = graphql(`
  query WerkruimteThreadRevisions($id: ID!) {
    thread(id: $id) {
      id
      revisions {
        id
        title
        bodyHtml
        writtenAt
        editor {
          id
          displayName
        }
      }
    }
  }
`);

export const ThreadActivitySubscription = graphql(`
  subscription WerkruimteThreadActivity($threadId: ID!, $after: String) {
    threadActivity(threadId: $threadId, after: $after) {
      position
      type
      actor {
        id
        displayName
      }
      thread {
        ...ThreadDetailFields
      }
      comment {
        ...CommentFields
      }
    }
  }
`);

export const SpaceActivitySubscription = graphql(`
  subscription WerkruimteSpaceActivity($spaceId: ID!, $after: String) {
    spaceActivity(spaceId: $spaceId, after: $after) {
      position
      type
      actor {
        id
      }
      thread {
        id
        title
      }
    }
  }
`);
