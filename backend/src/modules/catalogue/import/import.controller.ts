import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppConfig } from '../../../config.js';
import { readSessionToken } from '../../../common/cookies.js';
import { BadInputError, ForbiddenError } from '../../../common/errors.js';
import { isAllowedOrigin } from '../../../common/graphql.config.js';
import { InjectConfig } from '../../../common/tokens.js';
import { requireAdmin } from '../../../common/viewer.js';
import { SessionsService } from '../../accounts/sessions.service.js';
import { readBody, sendError } from '../catalogue.http.js';
import { ImportService } from './import.service.js';
import { MAX_IMPORT_BYTES } from './table-reader.js';

const CSRF_HEADER = 'x-ketenwerk-csrf';
const truthy = (v: unknown) => v === 'true' || v === '1' || v === 'ja';

/**
 * POST /imports/indicators?source=…&year=…&fileName=…&dryRun=true: the file is the raw request body
 * (up to 20 MB), so the admin page can show upload progress. Signed in with the session cookie;
 * a cross-site form cannot send the custom header x-ketenwerk-csrf: 1, so it is required.
 */
@Controller('imports')
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly sessions: SessionsService,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  @Post('indicators')
  async indicators(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      if (req.headers[CSRF_HEADER] !== '1' || !isAllowedOrigin(this.cfg, req.headers.origin)) {
        throw new ForbiddenError(`Stuur de kop ${CSRF_HEADER}: 1 mee vanaf Ketenwerk zelf.`);
      }
      const viewer = requireAdmin(await this.sessions.resolve(readSessionToken(req.headers.cookie)));
      const q = req.query as Record<string, string | undefined>;
      const year = q.year === undefined || q.year === '' ? null : Number(q.year);
      if (year !== null && !Number.isInteger(year)) throw new BadInputError({ year: 'Vul een jaar tussen 1900 en 2100 in.' });
      const { bytes, tooLarge } = await readBody(req, MAX_IMPORT_BYTES);
      if (tooLarge) {
        const message = 'Het bestand is groter dan 20 MB. Splits het op of laat kolommen weg.';
        sendError(res, new BadInputError({ file: message }, message), 413);
        return;
      }
      const report = await this.imports.importIndicators(viewer, {
        bytes, fileName: q.fileName?.slice(0, 200) || null, source: q.source ?? '', year, dryRun: q.dryRun === undefined || truthy(q.dryRun),
      });
      res.status(200).json(report);
    } catch (e) {
      sendError(res, e);
    }
  }
}
