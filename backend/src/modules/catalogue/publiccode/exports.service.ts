import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config.js';
import { InjectConfig } from '../../../common/tokens.js';
import { ACTIVE_ADOPTION, type RequirementLevel } from '../catalogue.enums.js';
import { SolutionEntity } from '../solutions/solution.entity.js';
import { csvLine } from './csv-guard.js';
import { toPubliccode, toYaml, type ExportRelations } from './publiccode.mapper.js';

interface Relations extends ExportRelations {
  adopterCount: number;
}

/** Open-data exports of the catalogue (JSON, CSV) and publiccode.yml per solution; public, like the catalogue. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  private async relations(ids: string[]): Promise<Map<string, Relations>> {
    const [reqs, pres, counts] = await Promise.all([
      this.ds.query(
        `SELECT sc.solution_id AS "solutionId", c.key AS "capabilityKey", sc.level FROM solution_capabilities sc
         JOIN capabilities c ON c.id = sc.capability_id WHERE sc.solution_id = ANY($1) ORDER BY sc.level DESC, c.key`,
        [ids],
      ) as Promise<{ solutionId: string; capabilityKey: string; level: RequirementLevel }[]>,
      this.ds.query(
        `SELECT p.solution_id AS "solutionId", i.key AS "indicatorKey", p.min_value AS "minValue" FROM solution_prerequisites p
         JOIN indicators i ON i.id = p.indicator_id WHERE p.solution_id = ANY($1) ORDER BY i.key`,
        [ids],
      ) as Promise<{ solutionId: string; indicatorKey: string; minValue: number }[]>,
      this.ds.query(
        `SELECT solution_id AS "solutionId", count(*)::int AS n FROM adoptions WHERE solution_id = ANY($1) AND status = ANY($2) GROUP BY solution_id`,
        [ids, ACTIVE_ADOPTION],
      ) as Promise<{ solutionId: string; n: number }[]>,
    ]);
    const out = new Map<string, Relations>(ids.map((id) => [id, { requirements: [], prerequisites: [], adopterCount: 0 }]));
    for (const r of reqs) out.get(r.solutionId)!.requirements.push({ capabilityKey: r.capabilityKey, level: r.level });
    for (const p of pres) out.get(p.solutionId)!.prerequisites.push({ indicatorKey: p.indicatorKey, minValue: p.minValue });
    for (const c of counts) out.get(c.solutionId)!.adopterCount = c.n;
    return out;
  }

  private async all(): Promise<{ solutions: SolutionEntity[]; rel: Map<string, Relations> }> {
    const solutions = await this.ds.getRepository(SolutionEntity).find({ order: { name: 'ASC', id: 'ASC' } });
    return { solutions, rel: await this.relations(solutions.map((s) => s.id)) };
  }

  private pageUrl(slug: string) {
    return `${this.cfg.APP_ORIGIN}/oplossingen/${slug}`;
  }

  /** Contacts are left out: the open data holds no personal data. */
  async json() {
    const { solutions, rel } = await this.all();
    return {
      title: 'Ketenwerk Oplossingencatalogus',
      generatedAt: new Date().toISOString(),
      count: solutions.length,
      solutions: solutions.map((s) => {
        const r = rel.get(s.id)!;
        return {
          slug: s.slug, url: this.pageUrl(s.slug), name: s.name, summary: s.summary, description: s.description, type: s.type,
          domains: s.domains, provider: s.provider, licence: s.licence, openSource: s.openSource, costIndication: s.costIndication,
          maturity: s.maturity, maintenanceType: s.maintenanceType, maintenanceUntil: s.maintenanceUntil, links: s.links,
          standards: s.standards, features: s.features, processes: s.processes, roles: s.roles,
          effortMinDays: s.effortMinDays, effortMaxDays: s.effortMaxDays, populationMin: s.populationMin, populationMax: s.populationMax,
          requirements: r.requirements.map((q) => ({ capability: q.capabilityKey, level: q.level })),
          prerequisites: r.prerequisites.map((p) => ({ indicator: p.indicatorKey, minValue: p.minValue })),
          steps: s.steps, adopterCount: r.adopterCount, isDemo: s.isDemo, updatedAt: s.updatedAt.toISOString(),
        };
      }),
    };
  }

  async csv(delimiter: ',' | ';'): Promise<string> {
    const { solutions, rel } = await this.all();
    const header = [
      'slug', 'naam', 'korte_beschrijving', 'type', 'domeinen', 'aanbieder', 'licentie', 'open_source', 'kostenindicatie',
      'maturiteit', 'onderhoud', 'onderhoud_tot', 'vereiste_voorzieningen', 'aanbevolen_voorzieningen', 'voorwaarden',
      'processen', 'rollen', 'inspanning_min_dagen', 'inspanning_max_dagen', 'inwoners_min', 'inwoners_max', 'standaarden',
      'links', 'gebruikers', 'demo', 'bijgewerkt', 'url',
    ];
    const lines = [csvLine(header, delimiter)];
    for (const s of solutions) {
      const r = rel.get(s.id)!;
      const caps = (level: string) => r.requirements.filter((q) => q.level === level).map((q) => q.capabilityKey).join(' | ');
      lines.push(csvLine([
        s.slug, s.name, s.summary, s.type, s.domains.join(' | '), s.provider, s.licence, s.openSource, s.costIndication,
        s.maturity, s.maintenanceType, s.maintenanceUntil, caps('REQUIRED'), caps('RECOMMENDED'),
        r.prerequisites.map((p) => `${p.indicatorKey} >= ${p.minValue}`).join(' | '),
        s.processes.join(' | '), s.roles.join(' | '), s.effortMinDays, s.effortMaxDays, s.populationMin, s.populationMax,
        s.standards.join(' | '), s.links.map((l) => `${l.label}: ${l.url}`).join(' | '), r.adopterCount, s.isDemo,
        s.updatedAt.toISOString(), this.pageUrl(s.slug),
      ], delimiter));
    }
    // The BOM lets spreadsheet programs recognise UTF-8.
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  async publiccode(slug: string): Promise<string | null> {
    const s = await this.ds.getRepository(SolutionEntity).findOneBy({ slug });
    if (!s) return null;
    const rel = (await this.relations([s.id])).get(s.id)!;
    return toYaml([toPubliccode(s, rel, this.cfg.APP_ORIGIN)]);
  }
}
