import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination.js';
import { ReportStatus } from './discussion-records.entity.js';
import { DiscussionEventType } from './event-log.js';
import { SpaceKind, SpaceVisibility } from './space.entity.js';
import { ThreadKind, ThreadStatus } from './thread.entity.js';

export enum ThreadSort {
  ACTIVITY = 'ACTIVITY',
  NEWEST = 'NEWEST',
  UNANSWERED = 'UNANSWERED',
}

registerEnumType(SpaceKind, { name: 'SpaceKind', description: 'CENTRAL: the central werkruimte; REGION: a kenniskring; TRAJECT: an innovatietraject' });
registerEnumType(SpaceVisibility, { name: 'SpaceVisibility', description: 'PUBLIC: every signed-in person reads it; MEMBERS: only its members' });
registerEnumType(ThreadKind, { name: 'ThreadKind', description: 'VRAAG: a question (can get an accepted answer); DISCUSSIE: a discussion; MEDEDELING: an announcement by a coordinator, traject lead or administrator' });
registerEnumType(ThreadStatus, { name: 'ThreadStatus', description: 'OPEN; ANSWERED ("beantwoord": a question with an accepted answer); CLOSED (no new comments)' });
registerEnumType(ThreadSort, { name: 'ThreadSort', description: 'ACTIVITY: last activity first (default); NEWEST: newest first; UNANSWERED: open questions first. Pinned threads always come first.' });
registerEnumType(ReportStatus, { name: 'ReportStatus', description: 'OPEN: waiting for a moderator; RESOLVED: acted upon; DISMISSED: no action needed' });
registerEnumType(DiscussionEventType, { name: 'DiscussionEventType', description: 'What happened in a thread or space' });

@ObjectType({ description: 'What the signed-in person may do in a space' })
export class SpacePermissions {
  @Field({ description: 'See the space and its public threads' }) read: boolean;
  @Field({ description: 'Start threads and comment' }) post: boolean;
  @Field({ description: 'See threads marked "alleen kenniskring"' }) member: boolean;
  @Field({ description: 'Pin, lock, close, move, hide comments, handle reports' }) moderate: boolean;
  @Field({ description: 'Post a MEDEDELING' }) announce: boolean;
}

@ObjectType({ description: 'Where threads live: the central werkruimte, a kenniskring (region) or a traject' })
export class Space {
  @Field(() => ID) id: string;
  @Field(() => SpaceKind) kind: SpaceKind;
  @Field({ description: 'Stable name in URLs: centraal, or the region\'s slug' }) slug: string;
  @Field() name: string;
  @Field(() => SpaceVisibility) visibility: SpaceVisibility;
  @Field(() => ID, { nullable: true, description: 'For a traject space: the traject\'s id' }) ownerId: string | null;
}

@ObjectType({ description: 'What the signed-in person may do with a thread' })
export class ThreadPermissions {
  @Field() comment: boolean;
  @Field({ description: 'Edit the title, opening post and tags' }) edit: boolean;
  @Field({ description: 'Pin, lock, close, reopen, move' }) moderate: boolean;
  @Field({ description: 'Mark a comment as the accepted answer (questions only)' }) acceptAnswer: boolean;
  @Field() report: boolean;
}

@ObjectType({ description: 'What the signed-in person may do with a comment' })
export class CommentPermissions {
  @Field() edit: boolean;
  @Field() delete: boolean;
  @Field({ description: 'Answer this comment (only top-level comments take replies)' }) reply: boolean;
  @Field({ description: 'Mark it "nuttig"' }) react: boolean;
  @Field() acceptAnswer: boolean;
  @Field({ description: 'Hide or show it again, with a reason (moderators)' }) hide: boolean;
  @Field() report: boolean;
}

@ObjectType({ description: 'An earlier version of a comment or opening post ("bewerkt")' })
export class PostRevision {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'The thread title of that version (opening posts only)' }) title: string | null;
  @Field({ description: 'Markdown source of that version' }) body: string;
  @Field(() => GraphQLISODateTime, { description: 'When that version was written' }) writtenAt: Date;
}

@ObjectType({ description: 'A question, discussion or announcement in a space' })
export class Thread {
  @Field(() => ID) id: string;
  @Field(() => ThreadKind) kind: ThreadKind;
  @Field() title: string;
  @Field({ description: 'The opening post, as Markdown (GFM)' }) body: string;
  @Field(() => [String]) tags: string[];
  @Field(() => ThreadStatus) status: ThreadStatus;
  @Field({ description: 'Shown above the other threads of its space' }) pinned: boolean;
  @Field({ description: 'Only moderators may comment' }) locked: boolean;
  @Field({ description: '"Alleen kenniskring": visible to members of the region\'s besturen, its coordinators and administrators' })
  membersOnly: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'Time of the newest comment, or of creation' }) lastActivityAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the opening post was edited' }) editedAt: Date | null;
  @Field(() => Int, { description: 'Number of comments, replies included, not counting deleted ones' }) replyCount: number;
}

@ObjectType({ description: 'A comment on a thread, or a reply to a comment (one level deep)' })
export class Comment {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'The comment this replies to' }) parentId: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) editedAt: Date | null;
}

@ObjectType()
export class ThreadConnection extends Connection(Thread, 'A page of threads') {}

@ObjectType()
export class CommentConnection extends Connection(Comment, 'A page of top-level comments, oldest first') {}

@ObjectType({ description: 'A search result: a thread, and the comment that matched if it was a comment' })
export class SearchHit {
  @Field(() => Thread) thread: unknown;
  @Field(() => Comment, { nullable: true }) comment: unknown;
  @Field({ description: 'An HTML fragment of the matching text; only <mark> tags, everything else escaped' }) snippet: string;
  @Field(() => Float, { description: 'Relevance; higher is better' }) rank: number;
}

@ObjectType({ description: 'A post reported by a member, in the queue of that space\'s moderators' })
export class Report {
  @Field(() => ID) id: string;
  @Field() reason: string;
  @Field(() => ReportStatus) status: ReportStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt: Date | null;
}

@ObjectType()
export class ReportConnection extends Connection(Report, 'A page of reports, oldest first') {}

@ObjectType({ description: 'One entry of the ordered event log of the werkruimte' })
export class DiscussionEvent {
  @Field({ description: 'Position in the log: pass the last one you saw as `after` when you subscribe again' }) position: string;
  @Field(() => DiscussionEventType) type: DiscussionEventType;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => ID) spaceId: string;
}

@ObjectType({ description: 'A moderation action, from the audit log (administrators only)' })
export class ModerationLogEntry {
  @Field(() => ID) id: string;
  @Field({ description: 'e.g. thread.pinned, comment.hidden, report.resolved' }) action: string;
  @Field() subjectType: string;
  @Field(() => ID) subjectId: string;
  @Field(() => String, { nullable: true, description: 'State before, as JSON' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'State after, as JSON' }) after: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  actorId: string | null;
}

@ObjectType()
export class ModerationLogEntryConnection extends Connection(ModerationLogEntry, 'A page of moderation actions, newest first') {}
