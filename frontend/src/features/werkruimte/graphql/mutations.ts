import { graphql } from '../../../generated';

export const CreateThreadMutation = graphql(`
  mutation WerkruimteCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...ThreadSummaryFields
    }
  }
`);

export const UpdateThreadMutation = graphql(`
  mutation WerkruimteUpdateThread($input: UpdateThreadInput!) {
    updateThread(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const MarkThreadReadMutation = graphql(`
  mutation WerkruimteMarkThreadRead($input: ThreadRefInput!) {
    markThreadRead(input: $input) {
      id
      unreadCount
      lastReadAt
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation WerkruimteAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
      replies {
        ...CommentFields
      }
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation WerkruimteEditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation WerkruimteDeleteComment($input: CommentRefInput!) {
    deleteComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const MarkUsefulMutation = graphql(`
  mutation WerkruimteMarkUseful($input: CommentRefInput!) {
    markCommentUseful(input: $input) {
      id
      usefulCount
      viewerFoundUseful
    }
  }
`);

export const UnmarkUsefulMutation = graphql(`
  mutation WerkruimteUnmarkUseful($input: CommentRefInput!) {
    unmarkCommentUseful(input: $input) {
      id
      usefulCount
      viewerFoundUseful
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation WerkruimteAcceptAnswer($input: CommentRefInput!) {
    acceptAnswer(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const UnacceptAnswerMutation = graphql(`
  mutation WerkruimteUnacceptAnswer($input: ThreadRefInput!) {
    unacceptAnswer(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const ReportPostMutation = graphql(`
  mutation WerkruimteReportPost($input: ReportPostInput!) {
    reportPost(input: $input) {
      id
      status
    }
  }
`);

export const SetThreadPinnedMutation = graphql(`
  mutation WerkruimteSetPinned($input: SetThreadPinnedInput!) {
    setThreadPinned(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const SetThreadLockedMutation = graphql(`
  mutation WerkruimteSetLocked($input: SetThreadLockedInput!) {
    setThreadLocked(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const CloseThreadMutation = graphql(`
  mutation WerkruimteCloseThread($input: ThreadRefInput!) {
    closeThread(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const ReopenThreadMutation = graphql(`
  mutation WerkruimteReopenThread($input: ThreadRefInput!) {
    reopenThread(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const MoveThreadMutation = graphql(`
  mutation WerkruimteMoveThread($input: MoveThreadInput!) {
    moveThread(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation WerkruimteHideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const UnhideCommentMutation = graphql(`
  mutation WerkruimteUnhideComment($input: CommentRefInput!) {
    unhideComment(input: $input) {
      ...CommentFields
    }
  }
`);
