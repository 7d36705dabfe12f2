import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { paginate, type PageArgs } from '../../../common/pagination.js';
import { requireAdmin, type Viewer } from '../../../common/viewer.js';
import { IndicatorImportEntity } from './indicator-import.entity.js';
import { runIndicatorImport, type ImportRequest } from './indicator-import.js';
import type { ImportReport } from './import.model.js';

/** Indicator imports for administrators, through GraphQL and POST /imports/indicators alike. */
@Injectable()
export class ImportService {
  constructor(private readonly ds: DataSource) {}

  async importIndicators(viewer: Viewer | null, req: ImportRequest): Promise<ImportReport> {
    const v = requireAdmin(viewer);
    return runIndicatorImport(this.ds, req, { userId: v.user.id, label: v.user.displayName, via: 'WEB' });
  }

  history(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    const qb = this.ds.getRepository(IndicatorImportEntity).createQueryBuilder('i');
    return paginate(qb, args, { column: `date_trunc('milliseconds', i.created_at)`, value: (i) => i.createdAt.toISOString(), direction: 'DESC' });
  }
}
