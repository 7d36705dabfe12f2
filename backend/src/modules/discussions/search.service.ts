import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { hydrate, queryObserver, selectColumns } from '../../database/rows.js';
import { settingsPool } from '../../database/settings-pool.js';
import { inTransaction } from '../../database/transaction.js';
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

// Bitmap scans of the GIN indexes read matching rows only; a sequential scan stopping at the cap would read every
// row until then, and how far that is depends on how common the words really are. A named statement is parsed once
// per connection but planned for every search: the plan depends on the words (see searchSql).
export const SEARCH_SETTINGS = `SET enable_seqscan = off; SET statement_timeout = ${SEARCH_TIMEOUT_MS}; SET plan_cache_mode = force_custom_plan`;
/** Searches running at once on PostgreSQL, on connections of their own; more wait for one. */
export const SEARCH_CONNECTIONS = 4;

@Injectable()
export class SearchService implements OnModuleDestroy {
  private statement?: string;
  // PostgreSQL: connections opened with SEARCH_SETTINGS, so a search is one statement; null on the embedded database.
  private connections?: pg.Pool | null;

  constructor(
    private readonly ds: DataSource,
    private readonly guard: ThreadGuard,
    private readonly access: SpaceAccessService,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.connections?.end();
  }

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
    const rows = await this.run([args.query, readable, member, args.kind ?? null, args.first ?? 20]);
    return rows.map((r) => ({
      thread: hydrate(this.ds, ThreadEntity, r, 't__')!,
      comment: hydrate(this.ds, CommentEntity, r, 'c__'),
      snippet: snippetHtml(r.snippet),
      rank: Number(r.rank),
    }));
  }

  private async run(params: unknown[]): Promise<SearchRow[]> {
    this.statement ??= searchSql(selectColumns(this.ds, ThreadEntity, 't', 't__'), selectColumns(this.ds, CommentEntity, 'c', 'c__'));
    if (this.connections === undefined) this.connections = settingsPool(this.ds, SEARCH_CONNECTIONS, SEARCH_SETTINGS);
    if (this.connections) {
      queryObserver.onQuery?.('kw_search');
      return (await this.connections.query<SearchRow>({ name: 'kw_search', text: this.statement, values: params })).rows;
    }
    // The embedded database: its one session is shared, so the setting is local to a transaction (it has no timeout).
    return inTransaction(this.ds, async (m) => {
      await m.query(`SELECT set_config('enable_seqscan', 'off', true)`);
      return m.query(this.statement!, params);
    });
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
