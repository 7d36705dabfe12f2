import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { readSessionToken } from '../../common/cookies.js';
import { AppError } from '../../common/errors.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { FeedsService, type FeedDocument } from './feeds.service.js';
import { ParticipationService } from './participation.service.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** The one error model over plain HTTP: the same codes and Dutch messages as GraphQL, with a matching status. */
async function answer(res: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const code = String(e.extensions.code);
    res.status(STATUS[code] ?? 400).json({ errors: [{ message: e.message, extensions: { code } }] });
  }
}

/** True when the client's copy is still current (If-None-Match wins over If-Modified-Since, as in RFC 9110). */
function notModified(req: Request, doc: FeedDocument): boolean {
  const inm = req.headers['if-none-match'];
  if (inm) return inm.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === doc.etag || t === '*');
  const ims = req.headers['if-modified-since'];
  const since = ims ? Date.parse(ims) : NaN;
  return !Number.isNaN(since) && doc.lastModified.getTime() <= since;
}

function sendFeed(req: Request, res: Response, doc: FeedDocument): void {
  res.setHeader('ETag', doc.etag);
  res.setHeader('Last-Modified', doc.lastModified.toUTCString());
  res.setHeader('Cache-Control', 'public, max-age=300');
  if (notModified(req, doc)) {
    res.status(304).end();
    return;
  }
  res.status(200).type(doc.contentType).send(doc.body);
}

/** Feeds (public, cacheable) and the subscriber export (session cookie, team only). */
@Controller()
export class TrajectenHttpController {
  constructor(
    private readonly feeds: FeedsService,
    private readonly participation: ParticipationService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('feeds/trajecten.rss')
  allRss(@Req() req: Request, @Res() res: Response) {
    return answer(res, async () => sendFeed(req, res, await this.feeds.updates(null, 'rss')));
  }

  @Get('feeds/trajecten.atom')
  allAtom(@Req() req: Request, @Res() res: Response) {
    return answer(res, async () => sendFeed(req, res, await this.feeds.updates(null, 'atom')));
  }

  @Get('feeds/trajecten/:slug.rss')
  rss(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    return answer(res, async () => sendFeed(req, res, await this.feeds.updates(slug, 'rss')));
  }

  @Get('feeds/trajecten/:slug.atom')
  atom(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    return answer(res, async () => sendFeed(req, res, await this.feeds.updates(slug, 'atom')));
  }

  @Get('feeds/trajecten/:slug/mijlpalen.ics')
  milestones(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    return answer(res, async () => sendFeed(req, res, await this.feeds.milestones(slug)));
  }

  @Get('exports/trajecten/:slug/deelnemers.csv')
  subscribersCsv(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    return answer(res, async () => {
      const viewer = await this.sessions.resolve(readSessionToken(req.headers.cookie));
      const { filename, body } = await this.participation.exportCsv(viewer, slug);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.status(200).type('text/csv; charset=utf-8').send(body);
    });
  }
}
