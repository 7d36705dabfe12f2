import { Document } from 'yaml';
import {
  MaintenanceType, RequirementLevel, SolutionDomain, SolutionMaturity, SolutionType, type StepKind,
} from '../catalogue.enums.js';
import type { SolutionData } from '../solutions/solution.inputs.js';
import type { SolutionEntity } from '../solutions/solution.entity.js';
import { EXTENSION_KEY } from './publiccode.schema.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const list = <T = unknown>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

const SOURCE_LINK = 'Broncode';
const WEBSITE_LINK = 'Website';
const PROPRIETARY = 'LicenseRef-proprietary';

// Used for an export's categories when the solution came from Ketenwerk itself.
const DOMAIN_CATEGORY: Record<SolutionDomain, string> = {
  BURGERZAKEN: 'digital-citizenship', SOCIAAL_BELEID: 'customer-service-and-support', OMGEVING: 'geographic-information-systems',
  FINANCIEN: 'accounting', PERSONEEL: 'hr', INFORMATIEVEILIGHEID: 'it-security', INFORMATIEBEHEER: 'document-management',
  E_DIENSTVERLENING: 'digital-citizenship', MOBILITEIT: 'fleet-management', VRIJE_TIJD: 'event-management', ALGEMEEN_BESTUUR: 'workflow-management',
};

export function slugify(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'oplossing';
}

/** The description in Dutch when there is one, else English, else the first language given. */
export function pickLanguage(description: Obj): string | null {
  const langs = Object.keys(description);
  return ['nl', 'nl-BE', 'nl-be', 'en'].find((l) => langs.includes(l)) ?? langs[0] ?? null;
}

/** Where each solution field comes from in a publiccode.yml, to point validation errors at a line. */
export function yamlPathOf(field: string, lang: string | null): (string | number)[] {
  const [head, index, sub] = field.split('.');
  const x = (...p: (string | number)[]) => [EXTENSION_KEY, ...p];
  const i = index === undefined ? [] : [Number(index)];
  switch (head) {
    case 'name': return ['name'];
    case 'summary': return ['description', lang ?? 'nl', 'shortDescription'];
    case 'description': return ['description', lang ?? 'nl', 'longDescription'];
    case 'features': return ['description', lang ?? 'nl', 'features', ...i];
    case 'licence': return ['legal', 'license'];
    case 'provider': return ['legal', 'repoOwner'];
    case 'maturity': return ['developmentStatus'];
    case 'maintenanceType': return ['maintenance', 'type'];
    case 'contacts': return ['maintenance', 'contacts', ...i];
    case 'requirements': return x('requirements', ...i, ...(sub ? ['capability'] : []));
    case 'prerequisites': return x('prerequisites', ...i, ...(sub === 'indicatorKey' ? ['indicator'] : sub ? [sub] : []));
    case 'steps': return x('steps', ...i, ...(sub === 'capabilityKey' ? ['capability'] : sub ? [sub] : []));
    case 'effortMinDays': return x('effort', 'minDays');
    case 'effortMaxDays': return x('effort', 'maxDays');
    case 'populationMin': return x('population', 'min');
    case 'populationMax': return x('population', 'max');
    case 'relatedTrajectSlugs': return x('relatedTrajects', ...i);
    default: return x(head, ...i);
  }
}

/** A validated publiccode.yml document as solution data (Ketenwerk's own fields from x-ketenwerk). */
export function toSolutionData(data: Obj, appOrigin: string): { solution: SolutionData; lang: string | null } {
  const x = obj(data[EXTENSION_KEY]);
  const description = obj(data.description);
  const lang = pickLanguage(description);
  const d = obj(lang ? description[lang] : undefined);
  const legal = obj(data.legal);
  const maintenance = obj(data.maintenance);
  const name = str(data.name) ?? '';
  const slug = str(x.slug) ?? slugify(name);
  const url = str(data.url);
  const ownPage = `${appOrigin}/oplossingen/${slug}`;
  const links = [
    ...(url && url !== ownPage ? [{ label: SOURCE_LINK, url }] : []),
    ...(str(data.landingURL) ? [{ label: WEBSITE_LINK, url: str(data.landingURL)! }] : []),
    ...list<Obj>(x.links).map((l) => ({ label: String(l.label).trim(), url: String(l.url).trim() })),
  ];
  const licence = str(legal.license);
  const type = str(maintenance.type);
  const contractor = obj(list(maintenance.contractors)[0]);
  const effort = obj(x.effort);
  const population = obj(x.population);
  const platforms = Array.isArray(data.platforms) ? data.platforms.map(String) : [String(data.platforms)];
  const solution: SolutionData = {
    slug,
    name,
    summary: str(d.shortDescription) ?? '',
    description: str(d.longDescription) ?? '',
    features: list(d.features).map(String),
    type: (str(x.type) as SolutionType) ?? SolutionType.SOFTWARE,
    domains: list<SolutionDomain>(x.domains),
    provider: str(legal.repoOwner) ?? str(legal.mainCopyrightOwner),
    licence: licence === PROPRIETARY ? null : licence,
    openSource: typeof x.openSource === 'boolean' ? x.openSource : licence !== null && licence !== PROPRIETARY,
    costIndication: str(x.costIndication),
    maturity: String(data.developmentStatus).toUpperCase() as SolutionMaturity,
    maintenanceType: type ? (type.toUpperCase() as MaintenanceType) : null,
    maintenanceUntil: str(contractor.until) ?? str(x.maintenanceUntil),
    contacts: list<Obj>(maintenance.contacts).map((c) => ({
      name: String(c.name).trim(), email: str(c.email), phone: str(c.phone), affiliation: str(c.affiliation),
    })),
    links,
    standards: list(x.standards).map(String),
    relatedTrajectSlugs: list(x.relatedTrajects).map(String),
    processes: list(x.processes).map(String),
    roles: list(x.roles).map(String),
    effortMinDays: num(effort.minDays),
    effortMaxDays: num(effort.maxDays),
    populationMin: num(population.min),
    populationMax: num(population.max),
    changeNotes: str(x.changeNotes),
    requirements: list<Obj>(x.requirements).map((r) => ({
      capabilityKey: String(r.capability), level: (str(r.level) as RequirementLevel) ?? RequirementLevel.REQUIRED,
    })),
    prerequisites: list<Obj>(x.prerequisites).map((p) => ({ indicatorKey: String(p.indicator), minValue: Number(p.minValue) })),
    steps: list<Obj>(x.steps).map((s) => ({
      title: String(s.title), kind: s.kind as StepKind, description: str(s.description), capabilityKey: str(s.capability),
    })),
  };
  return { solution, lang };
}

export function publiccodeExtras(data: Obj) {
  const loc = obj(data.localisation);
  return {
    platforms: Array.isArray(data.platforms) ? data.platforms.map(String) : [String(data.platforms)],
    categories: list(data.categories).map(String),
    softwareType: String(data.softwareType),
    localisationReady: loc.localisationReady === true,
    availableLanguages: list(loc.availableLanguages).map(String),
  };
}

export interface ExportRelations {
  requirements: { capabilityKey: string; level: RequirementLevel }[];
  prerequisites: { indicatorKey: string; minValue: number }[];
}

/** A solution as a publiccode.yml 0.4 document; Ketenwerk's own fields go in x-ketenwerk. */
export function toPubliccode(s: SolutionEntity, rel: ExportRelations, appOrigin: string): Obj {
  const extras = s.publiccode ?? {};
  const source = s.links.find((l) => l.label === SOURCE_LINK);
  const website = s.links.find((l) => l.label === WEBSITE_LINK);
  const otherLinks = s.links.filter((l) => l !== source && l !== website);
  const type = (s.maintenanceType ?? MaintenanceType.NONE).toLowerCase();
  const drop = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length)));
  const contacts = s.contacts.map((c) => drop({ name: c.name, email: c.email, phone: c.phone, affiliation: c.affiliation }));
  const categories = extras.categories?.length ? extras.categories : [...new Set(s.domains.map((d) => DOMAIN_CATEGORY[d]))];
  return drop({
    publiccodeYmlVersion: '0.4',
    name: s.name,
    url: source?.url ?? `${appOrigin}/oplossingen/${s.slug}`,
    landingURL: website?.url,
    platforms: extras.platforms?.length ? extras.platforms : ['web'],
    categories: categories.length ? categories : ['workflow-management'],
    developmentStatus: s.maturity.toLowerCase(),
    softwareType: extras.softwareType ?? 'standalone/web',
    // features is mandatory even when empty.
    description: { nl: { ...drop({ shortDescription: s.summary, longDescription: s.description || undefined }), features: s.features } },
    legal: drop({ license: s.licence ?? PROPRIETARY, repoOwner: s.provider }),
    maintenance: drop({
      type,
      contractors: type === 'contract' ? [drop({ name: s.provider ?? s.name, until: s.maintenanceUntil })] : undefined,
      contacts,
    }),
    localisation: { localisationReady: extras.localisationReady ?? false, availableLanguages: extras.availableLanguages?.length ? extras.availableLanguages : ['nl'] },
    [EXTENSION_KEY]: drop({
      slug: s.slug,
      type: s.type,
      domains: s.domains,
      openSource: s.openSource,
      costIndication: s.costIndication,
      maintenanceUntil: type === 'contract' ? undefined : s.maintenanceUntil,
      processes: s.processes,
      roles: s.roles,
      effort: s.effortMinDays !== null || s.effortMaxDays !== null ? drop({ minDays: s.effortMinDays, maxDays: s.effortMaxDays }) : undefined,
      population: s.populationMin !== null || s.populationMax !== null ? drop({ min: s.populationMin, max: s.populationMax }) : undefined,
      changeNotes: s.changeNotes,
      requirements: rel.requirements.map((r) => ({ capability: r.capabilityKey, level: r.level })),
      prerequisites: rel.prerequisites.map((p) => ({ indicator: p.indicatorKey, minValue: p.minValue })),
      steps: s.steps.map((st) => drop({ title: st.title, kind: st.kind, description: st.description, capability: st.capabilityKey })),
      standards: s.standards,
      relatedTrajects: s.relatedTrajectSlugs,
      links: otherLinks.map((l) => ({ label: l.label, url: l.url })),
      demo: s.isDemo || undefined,
    }),
  });
}

export function toYaml(docs: Obj[]): string {
  return docs.map((d) => new Document(d).toString({ lineWidth: 0 })).join('---\n');
}
