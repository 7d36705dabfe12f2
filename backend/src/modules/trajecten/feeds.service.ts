import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Feed } from 'feed';
import ical from 'ical-generator';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config.js';
import { InjectConfig } from '../../common/tokens.js';
import { MilestoneEntity } from './milestone.entity.js';
import { trajectNotFound } from './traject-access.js';
import { TrajectEntity } from './traject.entity.js';
import { MilestoneStatus, TrajectVisibility } from './trajecten.enums.js';

export interface FeedDocument {
  body: string;
  contentType: string;
  lastModified: Date;
  etag: string;
}

interface FeedRow {
  id: string;
  title: string;
  body: string;
  publishedAt: Date;
  editedAt: Date | null;
  slug: string;
  trajectTitle: string;
  author: string | null;
}

const ITEMS = 50;
const MILESTONE_LABEL: Record<MilestoneStatus, string> = {
  [MilestoneStatus.GEPLAND]: 'gepland', [MilestoneStatus.BEZIG]: 'bezig', [MilestoneStatus.BEHAALD]: 'behaald', [MilestoneStatus.VERTRAAGD]: 'vertraagd',
};

// Markdown written by the team, as HTML a feed reader may show; scripts, styles and event handlers never pass.
function html(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }), {
    allowedTags: sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'img'),
    allowedSchemes: ['http', 'https', 'mailto'],
  });
}

function excerpt(markdown: string): string {
  const text = sanitizeHtml(marked.parse(markdown, { async: false }), { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(0, ...dates.filter((d): d is Date => !!d).map((d) => new Date(d).getTime())));

function document(body: string, contentType: string, lastModified: Date): FeedDocument {
  // HTTP dates have whole seconds; so does Last-Modified, or If-Modified-Since would never match.
  const seconds = new Date(Math.floor(lastModified.getTime() / 1000) * 1000);
  return { body, contentType, lastModified: seconds, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
}

/** RSS 2.0 and Atom for the published updates of public trajecten, iCalendar for their milestones. Members-only trajecten never appear. */
@Injectable()
export class FeedsService {
  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  private link(path: string): string {
    return `${this.cfg.APP_ORIGIN}${path}`;
  }

  /** All public trajecten (slug null) or one; `format` rss or atom. */
  async updates(slug: string | null, format: 'rss' | 'atom'): Promise<FeedDocument> {
    const traject = slug === null ? null : await this.publicTraject(slug);
    const rows: FeedRow[] = await this.ds.query(
      `SELECT u.id, u.title, u.body, u.published_at AS "publishedAt", u.edited_at AS "editedAt",
              t.slug, t.title AS "trajectTitle", a.display_name AS author
       FROM progress_updates u
       JOIN trajects t ON t.id = u.traject_id
       LEFT JOIN users a ON a.id = u.author_id
       WHERE u.status = 'PUBLISHED' AND t.visibility = 'PUBLIC' AND ($1::uuid IS NULL OR t.id = $1)
       ORDER BY u.published_at DESC, u.id DESC
       LIMIT ${ITEMS}`,
      [traject?.id ?? null],
    );
    // A traject turning members-only or being renamed changes the feed too: count its updated_at.
    const [{ changed }] = traject
      ? [{ changed: traject.updatedAt }]
      : await this.ds.query(`SELECT max(updated_at) AS changed FROM trajects`);
    const lastModified = latest(changed, ...rows.map((r) => r.editedAt ?? r.publishedAt));
    const self = traject ? `/feeds/trajecten/${traject.slug}` : '/feeds/trajecten';
    const page = this.link(traject ? `/trajecten/${traject.slug}` : '/trajecten');
    const feed = new Feed({
      id: page,
      link: page,
      title: traject ? `${traject.title} — voortgang` : 'Ketenwerk — voortgang van de innovatietrajecten',
      description: traject ? traject.summary : 'Voortgangsberichten van de innovatietrajecten op Ketenwerk',
      language: 'nl-BE',
      updated: lastModified,
      generator: 'Ketenwerk',
      copyright: 'Ketenwerk',
      feedLinks: { rss: this.link(`${self}.rss`), atom: this.link(`${self}.atom`) },
    });
    for (const r of rows) {
      feed.addItem({
        id: `urn:uuid:${r.id}`,
        guid: `urn:uuid:${r.id}`,
        title: traject ? r.title : `${r.trajectTitle}: ${r.title}`,
        link: this.link(`/trajecten/${r.slug}#update-${r.id}`),
        date: new Date(r.editedAt ?? r.publishedAt),
        published: new Date(r.publishedAt),
        description: excerpt(r.body),
        content: html(r.body),
        author: r.author ? [{ name: r.author }] : undefined,
      });
    }
    return format === 'rss'
      ? document(feed.rss2(), 'application/rss+xml; charset=utf-8', lastModified)
      : document(feed.atom1(), 'application/atom+xml; charset=utf-8', lastModified);
  }

  async milestones(slug: string): Promise<FeedDocument> {
    const traject = await this.publicTraject(slug);
    const milestones = await this.ds.getRepository(MilestoneEntity).find({ where: { trajectId: traject.id }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    const lastModified = latest(traject.updatedAt, ...milestones.map((m) => m.updatedAt));
    const cal = ical({
      name: `${traject.title} — mijlpalen`,
      description: traject.summary,
      prodId: { company: 'Ketenwerk', product: 'trajecten', language: 'NL' },
      url: this.link(`/trajecten/${traject.slug}`),
      ttl: 3600,
    });
    for (const m of milestones) {
      const day = new Date(`${m.dueDate}T00:00:00Z`);
      cal.createEvent({
        id: `milestone-${m.id}@ketenwerk`,
        start: day,
        end: new Date(day.getTime() + 24 * 3600 * 1000),
        allDay: true,
        summary: `${m.title} (${MILESTONE_LABEL[m.status]})`,
        description: m.description || undefined,
        url: this.link(`/trajecten/${traject.slug}#milestone-${m.id}`),
        // Fixed stamps keep the calendar byte-identical until something changes, so the ETag holds.
        stamp: m.updatedAt,
        created: m.createdAt,
        lastModified: m.updatedAt,
      });
    }
    return document(cal.toString(), 'text/calendar; charset=utf-8', lastModified);
  }

  private async publicTraject(slug: string): Promise<TrajectEntity> {
    const t = await this.ds.getRepository(TrajectEntity).findOneBy({ slug });
    if (!t || t.visibility !== TrajectVisibility.PUBLIC) throw trajectNotFound();
    return t;
  }
}
