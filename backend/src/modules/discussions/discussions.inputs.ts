import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min,
} from 'class-validator';
import { PageArgs } from '../../common/pagination.js';
import { ReportStatus } from './discussion-records.entity.js';
import { ThreadSort } from './discussions.models.js';
import { ThreadKind, ThreadStatus } from './thread.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim().toLowerCase() : t)))] : value;

const THREAD = { message: 'Onbekende discussie.' };
const COMMENT = { message: 'Onbekend bericht.' };
const SPACE = { message: 'Onbekende werkruimte.' };
const TITLE = { message: 'Een titel telt 3 tot 200 tekens.' };
const THREAD_BODY = { message: 'Een bericht telt 1 tot 20.000 tekens.' };
const COMMENT_BODY = { message: 'Een reactie telt 1 tot 10.000 tekens.' };
const NOT_BLANK = /\S/;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;
const TAGS = { message: 'Een tag telt 1 tot 30 letters, cijfers, spaties of - . _' };
const MAX_TAGS = { message: 'Geef hoogstens 5 tags.' };

@InputType()
export class CreateThreadInput {
  @Field(() => ID) @IsUUID('all', SPACE) spaceId: string;
  @Field(() => ThreadKind) @IsEnum(ThreadKind, { message: 'Kies vraag, discussie of mededeling.' }) kind: ThreadKind;
  @Field({ description: '3 to 200 characters' }) @Transform(trim) @IsString(TITLE) @Length(3, 200, TITLE) title: string;
  @Field({ description: 'Markdown (GFM), up to 20,000 characters; mention someone with @[Name](user:<id>)' })
  @IsString(THREAD_BODY) @MaxLength(20_000, THREAD_BODY) @Matches(NOT_BLANK, THREAD_BODY)
  body: string;
  @Field(() => [String], { nullable: true, description: 'Up to 5 tags; stored in lower case' })
  @IsOptional() @Transform(normaliseTags) @IsArray(MAX_TAGS) @ArrayMaxSize(5, MAX_TAGS)
  @IsString({ each: true, ...TAGS }) @Length(1, 30, { each: true, ...TAGS }) @Matches(TAG, { each: true, ...TAGS })
  tags?: string[];
  @Field({ nullable: true, description: '"Alleen kenniskring" (region spaces only)' })
  @IsOptional() @IsBoolean()
  membersOnly?: boolean;
}

@InputType({ description: 'Only the fields given are changed' })
export class UpdateThreadInput {
  @Field(() => ID) @IsUUID('all', THREAD) threadId: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString(TITLE) @Length(3, 200, TITLE) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString(THREAD_BODY) @MaxLength(20_000, THREAD_BODY) @Matches(NOT_BLANK, THREAD_BODY) body?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional() @Transform(normaliseTags) @IsArray(MAX_TAGS) @ArrayMaxSize(5, MAX_TAGS)
  @IsString({ each: true, ...TAGS }) @Length(1, 30, { each: true, ...TAGS }) @Matches(TAG, { each: true, ...TAGS })
  tags?: string[];
}

@InputType()
export class ThreadRefInput {
  @Field(() => ID) @IsUUID('all', THREAD) threadId: string;
}

@InputType()
export class CommentRefInput {
  @Field(() => ID) @IsUUID('all', COMMENT) commentId: string;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) @IsUUID('all', THREAD) threadId: string;
  @Field({ description: 'Markdown (GFM), up to 10,000 characters' })
  @IsString(COMMENT_BODY) @MaxLength(10_000, COMMENT_BODY) @Matches(NOT_BLANK, COMMENT_BODY)
  body: string;
  @Field(() => ID, { nullable: true, description: 'Reply to this top-level comment' })
  @IsOptional() @IsUUID('all', COMMENT)
  parentId?: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID) @IsUUID('all', COMMENT) commentId: string;
  @Field() @IsString(COMMENT_BODY) @MaxLength(10_000, COMMENT_BODY) @Matches(NOT_BLANK, COMMENT_BODY) body: string;
}

@InputType()
export class SetThreadPinnedInput {
  @Field(() => ID) @IsUUID('all', THREAD) threadId: string;
  @Field() @IsBoolean() pinned: boolean;
}

@InputType()
export class SetThreadLockedInput {
  @Field(() => ID) @IsUUID('all', THREAD) threadId: string;
  @Field() @IsBoolean() locked: boolean;
}

@InputType()
export class MoveThreadInput {
  @Field(() => ID) @IsUUID('all', THREAD) threadId: string;
  @Field(() => ID, { description: 'The space to move it to' }) @IsUUID('all', SPACE) spaceId: string;
}

const HIDE_REASON = { message: 'Geef een reden van 3 tot 500 tekens.' };
@InputType()
export class HideCommentInput {
  @Field(() => ID) @IsUUID('all', COMMENT) commentId: string;
  @Field({ description: 'Shown in place of the comment' }) @Transform(trim) @IsString(HIDE_REASON) @Length(3, 500, HIDE_REASON) reason: string;
}

const REPORT_REASON = { message: 'Geef een reden van 3 tot 1000 tekens.' };
@InputType({ description: 'Report the opening post of a thread (threadId) or a comment (commentId)' })
export class ReportPostInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', THREAD) threadId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', COMMENT) commentId?: string;
  @Field() @Transform(trim) @IsString(REPORT_REASON) @Length(3, 1000, REPORT_REASON) reason: string;
}

@InputType()
export class ResolveReportInput {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende melding.' }) reportId: string;
  @Field(() => ReportStatus, { description: 'RESOLVED or DISMISSED' })
  @IsIn([ReportStatus.RESOLVED, ReportStatus.DISMISSED], { message: 'Kies afgehandeld of geen actie nodig.' })
  status: ReportStatus;
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this space; all spaces you read when omitted' })
  @IsOptional() @IsUUID('all', SPACE) spaceId?: string;
  @Field(() => ThreadKind, { nullable: true }) @IsOptional() @IsEnum(ThreadKind) kind?: ThreadKind;
  @Field(() => ThreadStatus, { nullable: true }) @IsOptional() @IsEnum(ThreadStatus) status?: ThreadStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString(TAGS) @MaxLength(30, TAGS) tag?: string;
  @Field({ nullable: true, description: 'Only threads you started or took part in' }) @IsOptional() @IsBoolean() mine?: boolean;
  @Field({ nullable: true, description: 'Only threads with activity since you last read them' }) @IsOptional() @IsBoolean() unread?: boolean;
  @Field(() => ThreadSort, { nullable: true, defaultValue: ThreadSort.ACTIVITY }) @IsOptional() @IsEnum(ThreadSort) sort?: ThreadSort;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words to find; "quoted phrases", -excluded and OR work as on the web' })
  @Transform(trim) @IsString() @Length(2, 200, { message: 'Een zoekopdracht telt 2 tot 200 tekens.' })
  query: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', SPACE) spaceId?: string;
  @Field(() => ThreadKind, { nullable: true }) @IsOptional() @IsEnum(ThreadKind) kind?: ThreadKind;
  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1 to 50' })
  @IsOptional() @IsInt() @Min(1, { message: 'first moet minstens 1 zijn.' }) @Max(50, { message: 'first mag hoogstens 50 zijn.' })
  first?: number;
}

@ArgsType()
export class SimilarQuestionsArgs {
  @Field({ description: 'The title being typed' }) @Transform(trim) @IsString() @MaxLength(200, TITLE) title: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', SPACE) spaceId?: string;
}

@ArgsType()
export class MentionCandidatesArgs {
  @Field({ description: 'Start of a name' }) @Transform(trim) @IsString() @Length(1, 80) search: string;
  @Field(() => ID, { nullable: true, description: 'Only people who can read this thread' }) @IsOptional() @IsUUID('all', THREAD) threadId?: string;
  @Field(() => ID, { nullable: true, description: 'Only people who can read this space' }) @IsOptional() @IsUUID('all', SPACE) spaceId?: string;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', SPACE) spaceId?: string;
  @Field(() => ReportStatus, { nullable: true, defaultValue: ReportStatus.OPEN }) @IsOptional() @IsEnum(ReportStatus) status?: ReportStatus;
}

@ArgsType()
export class ThreadActivityArgs {
  @Field(() => ID) @IsUUID('all', THREAD) threadId: string;
  @Field(() => String, { nullable: true, description: 'The last position you saw; what came after it is sent first' })
  @IsOptional() @IsString() @Matches(/^\d{1,18}$/, { message: 'Ongeldige positie.' })
  after?: string;
}

@ArgsType()
export class SpaceActivityArgs {
  @Field(() => ID) @IsUUID('all', SPACE) spaceId: string;
  @Field(() => String, { nullable: true, description: 'The last position you saw; what came after it is sent first' })
  @IsOptional() @IsString() @Matches(/^\d{1,18}$/, { message: 'Ongeldige positie.' })
  after?: string;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende id.' }) id: string;
}
