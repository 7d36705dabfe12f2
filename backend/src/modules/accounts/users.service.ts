import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { paginate } from '../../common/pagination.js';
import { requireAdmin, type Viewer } from '../../common/viewer.js';
import { inTransaction } from '../../database/transaction.js';
import { recordAudit } from '../audit/audit.service.js';
import type { SetAdminInput, UsersArgs } from './accounts.inputs.js';
import { SessionsService } from './sessions.service.js';
import { UserEntity } from './user.entity.js';

/** Administration of people and platform roles. */
@Injectable()
export class UsersService {
  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  list(viewer: Viewer | null, args: UsersArgs) {
    requireAdmin(viewer);
    const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u');
    const search = args.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.where('(u.display_name ILIKE :like OR u.email ILIKE :like)', { like });
    }
    return paginate(qb, args, { column: 'u.display_name', value: (u) => u.displayName });
  }

  async setAdmin(viewer: Viewer | null, input: SetAdminInput): Promise<UserEntity> {
    const v = requireAdmin(viewer);
    if (input.userId === v.user.id && !input.admin) {
      // Otherwise the last administrator could lock everyone out.
      throw new BadInputError({ admin: 'Je kunt je eigen beheerdersrechten niet intrekken.' });
    }
    const changed = await inTransaction(this.ds, async (m) => {
      const user = await m.getRepository(UserEntity).findOneBy({ id: input.userId });
      if (!user) throw new NotFoundError('Gebruiker');
      const before = user.isAdmin;
      user.isAdmin = input.admin;
      await m.getRepository(UserEntity).save(user);
      await recordAudit(m, {
        actorId: v.user.id, action: 'user.adminChanged', subjectType: 'user', subjectId: user.id,
        before: { isAdmin: before }, after: { isAdmin: input.admin },
      });
      return user;
    });
    // Administrator rights count from the next request, on every instance.
    await this.sessions.userChanged(changed.id);
    return changed;
  }
}
