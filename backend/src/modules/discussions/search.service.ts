import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget } from 'typeorm';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { inTransaction, isEmbedded } from '../../database/transaction.js';
import { UserEntity } from '../accounts/user.entity.js';
import { CommentEntity } from './comment.entity.js';
import { DiscussionErrors as E } from './discussions.errors.js';
import type { MentionCandidatesArgs, SearchArgs, SimilarQuestionsArgs } from './discussions.inputs.js';
import { SpaceAccessService } from './space-access.js';
import { ThreadGuard } from './thread-guard.js';
import { SEARCH_TIMEOUT_MS, searchSql, START, STOP } from './search.sql.js';
import { ThreadEntity, ThreadKind } from './thread.entity.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const snippetHtml = (raw: string) => escapeHtml(raw).split(START).join('<mark>').split(STOP).join('</mark>');

type SearchRow = { thread_id: string; comment_id: string | null; rank: number; snippet: string } & Record<string, unknown>;

export interface SearchHitRow {
  thread: ThreadEntity;
  comment: CommentEntity | null;
  snippet: string;
  rank: number;
}

@Injectable()
export class SearchService {
  private sql?: string;

  constructor(
    private readonly ds: DataSource,
    private readonly guard: ThreadGuard,
    private readonly access: SpaceAccessService,
  ) {}

  private async scope(viewer: Viewer | null, spaceId?: string) {
    const v = requireViewer(viewer);
    const access = await this.guard.forViewer(v);
    if (spaceId) {
      if (!access.table.space(spaceId)) throw E.spaceNotFound();
      if (!access.role(spaceId).read) throw E.cannotReadSpace();
    }
    const readable = spaceId ? [spaceId] : access.readableSpaceIds;
    return { v, access, readable, member: access.memberSpaceIds };
  }

  /**
   * Dutch full-text search over titles, opening posts and comments, best match per thread first.
   * Cost is bounded by the query itself (see searchSql): a capped number of matches of each kind is
   * ranked and snippets are made for the page only; a statement timeout stops anything that still runs away.
   */
  async search(viewer: Viewer | null, args: SearchArgs): Promise<SearchHitRow[]> {
    const { readable, member } = await this.scope(viewer, args.spaceId);
    const params = [args.query, readable, member, args.kind ?? null, args.first ?? 20];
    const columns = (target: EntityTarget<unknown>) => this.ds.getMetadata(target).columns.map((c) => c.databaseName);
    this.sql ??= searchSql(columns(ThreadEntity), columns(CommentEntity));
    const rows: SearchRow[] = await inTransaction(this.ds, async (m) => {
      // Bitmap scans of the GIN indexes read matching rows only; a sequential scan stopping at the cap would
      // read every row until then, and how far that is depends on how common the words really are.
      const timeout = isEmbedded(this.ds) ? '' : `, set_config('statement_timeout', '${SEARCH_TIMEOUT_MS}', true)`;
      await m.query(`SELECT set_config('enable_seqscan', 'off', true)${timeout}`);
      return m.query(this.sql!, params);
    });
    return rows.map((r) => ({
      thread: this.entity(ThreadEntity, r, 't__'),
      comment: r.comment_id ? this.entity(CommentEntity, r, 'c__') : null,
      snippet: snippetHtml(r.snippet),
      rank: Number(r.rank),
    }));
  }

  /** An entity from prefixed columns of a raw row, hydrated as the repository would. */
  private entity<T>(target: EntityTarget<T>, row: Record<string, unknown>, prefix: string): T {
    const meta = this.ds.getMetadata(target);
    const entity = meta.create() as T;
    for (const col of meta.columns) col.setEntityValue(entity as object, this.ds.driver.prepareHydratedValue(row[prefix + col.databaseName], col));
    return entity;
  }

  /** "Vergelijkbare vragen": questions whose title shares words with the title being typed. */
  async similarQuestions(viewer: Viewer | null, args: SimilarQuestionsArgs): Promise<ThreadEntity[]> {
    const { readable, member } = await this.scope(viewer, args.spaceId);
    if (args.title.length < 3) return [];
    // Any of the title's words (stemmed, stop words dropped), matched against titles only (weight A).
    const rows: { id: string }[] = await this.ds.query(
      `WITH q AS (
         SELECT to_tsquery('simple', string_agg(quote_literal(l) || ':A', ' | ')) AS q
         FROM unnest(tsvector_to_array(to_tsvector('dutch', $1))) AS l
       )
       SELECT t.id FROM threads t, q
       WHERE q.q IS NOT NULL AND t.kind = $2 AND t.search @@ q.q
         AND t.space_id = ANY($3::uuid[]) AND (NOT t.members_only OR t.space_id = ANY($4::uuid[]))
       ORDER BY ts_rank_cd(t.search, q.q) DESC, t.last_activity_at DESC
       LIMIT 5`,
      [args.title, ThreadKind.VRAAG, readable, member],
    );
    if (!rows.length) return [];
    const threads = await this.ds.getRepository(ThreadEntity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids: rows.map((r) => r.id) }).getMany();
    const byId = new Map(threads.map((x) => [x.id, x]));
    return rows.map((r) => byId.get(r.id)!).filter(Boolean);
  }

  /** People to suggest after "@": matching names, among those who can read the thread or space. */
  async mentionCandidates(viewer: Viewer | null, args: MentionCandidatesArgs): Promise<UserEntity[]> {
    const v = requireViewer(viewer);
    let target: { spaceId: string; membersOnly: boolean } | null = null;
    if (args.threadId) target = (await this.guard.thread(v, args.threadId)).thread;
    else if (args.spaceId) {
      await this.scope(v, args.spaceId);
      target = { spaceId: args.spaceId, membersOnly: false };
    }
    const like = `${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const users = await this.ds.getRepository(UserEntity).createQueryBuilder('u')
      .where('(u.display_name ILIKE :like OR u.display_name ILIKE :word)', { like, word: `% ${like}` })
      .andWhere('u.id <> :me', { me: v.user.id })
      .orderBy('u.display_name').addOrderBy('u.id')
      .limit(30)
      .getMany();
    if (!target || !users.length) return users.slice(0, 8);
    const table = await this.access.table(users.map((u) => u.id), [target.spaceId]);
    return users.filter((u) => table.canRead(u.id, target)).slice(0, 8);
  }
}
