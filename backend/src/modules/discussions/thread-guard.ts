import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { CommentEntity } from './comment.entity.js';
import { DiscussionErrors as E } from './discussions.errors.js';
import { SpaceAccessService, type SpaceRole, type ViewerAccess } from './space-access.js';
import { ThreadEntity } from './thread.entity.js';

export interface ThreadInContext {
  v: Viewer;
  thread: ThreadEntity;
  role: SpaceRole;
  access: ViewerAccess;
}

/** Loads a thread or comment for a person and refuses, the same way everywhere, when they may not see it. */
@Injectable()
export class ThreadGuard {
  constructor(
    private readonly ds: DataSource,
    private readonly access: SpaceAccessService,
  ) {}

  /** `m` with `lock`: the thread row is locked for the rest of the caller's transaction. */
  async thread(viewer: Viewer | null, threadId: string, m?: EntityManager, lock = false): Promise<ThreadInContext> {
    const v = requireViewer(viewer);
    const repo = (m ?? this.ds).getRepository(ThreadEntity);
    const thread = lock
      ? await repo.findOne({ where: { id: threadId }, lock: { mode: 'pessimistic_write' } })
      : await repo.findOneBy({ id: threadId });
    if (!thread) throw E.threadNotFound();
    const access = await this.access.forViewer(v);
    if (!access.canRead(thread)) throw E.cannotRead();
    return { v, thread, role: access.role(thread.spaceId), access };
  }

  async comment(viewer: Viewer | null, commentId: string, m?: EntityManager, lock = false): Promise<ThreadInContext & { comment: CommentEntity }> {
    requireViewer(viewer);
    const repo = (m ?? this.ds).getRepository(CommentEntity);
    const comment = lock
      ? await repo.findOne({ where: { id: commentId }, lock: { mode: 'pessimistic_write' } })
      : await repo.findOneBy({ id: commentId });
    if (!comment) throw E.commentNotFound();
    return { ...(await this.thread(viewer, comment.threadId, m, lock)), comment };
  }

  forViewer(viewer: Viewer): Promise<ViewerAccess> {
    return this.access.forViewer(viewer);
  }
}
