import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config.js';
import { InjectConfig } from '../../../common/tokens.js';
import { requireAdmin, type Viewer } from '../../../common/viewer.js';
import { SolutionsService } from '../solutions/solutions.service.js';
import { runPubliccodeImport } from './publiccode-import.js';
import type { ImportPubliccodeInput, PubliccodeImportReport } from './publiccode.model.js';

@Injectable()
export class PubliccodeService {
  constructor(
    private readonly ds: DataSource,
    private readonly solutions: SolutionsService,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  import(viewer: Viewer | null, input: ImportPubliccodeInput): Promise<PubliccodeImportReport> {
    const v = requireAdmin(viewer);
    return runPubliccodeImport(this.ds, this.solutions, input.content, input.dryRun, v.user.id, this.cfg.APP_ORIGIN);
  }
}
