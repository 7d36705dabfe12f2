import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { RequirementLevel, SolutionDomain, SolutionType, StepKind } from '../catalogue.enums.js';

export type Severity = 'ERROR' | 'WARNING';

/** A problem in a publiccode.yml file, at a line and column (1-based) of document `document` (1-based). */
export interface PcIssue {
  document: number;
  line: number;
  column: number;
  path: string;
  message: string;
  severity: Severity;
}

export interface ParsedDoc {
  index: number;
  doc: Document;
  data: Record<string, unknown> | null;
  /** Line and column of a path such as ['description', 'nl', 'shortDescription'], or of its nearest existing parent. */
  at: (path: (string | number)[]) => { line: number; column: number };
}

export const DEVELOPMENT_STATUS = ['concept', 'development', 'beta', 'stable', 'obsolete'];
export const SOFTWARE_TYPES = [
  'standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other',
  'addon', 'library', 'configurationFiles',
];
export const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'];
/** The controlled vocabulary of publiccode.yml categories. */
export const CATEGORIES = `accounting agile-project-management applicant-tracking application-development appointment-scheduling backup
billing-and-invoicing blog budgeting business-intelligence business-process-management cad call-center-management cloud-management
collaboration communications compliance-management contact-management content-management crm customer-service-and-support
data-analytics data-collection data-visualization design design-system digital-asset-management digital-citizenship
document-management donor-management e-commerce e-signature educational-content email-management email-marketing
employee-management enterprise-project-management enterprise-social-networking erp event-management facility-management
feedback-and-reviews-management financial-reporting fleet-management fundraising gamification geographic-information-systems
grant-management graphic-design help-desk hr ide identity-management instant-messaging inventory-management it-asset-management
it-development it-management it-security it-service-management knowledge-management learning-management-system marketing
mind-mapping mobile-marketing mobile-payment network-management office online-booking online-community payment-gateway payroll
predictive-analysis procurement productivity-suite project-collaboration project-management property-management
real-estate-management remote-support resource-management sales-management seo service-desk social-media-management survey
talent-management task-management taxes-management test-management time-management time-tracking translation video-conferencing
video-editing visitor-management voip warehouse-management web-collaboration web-conferencing website-builder whistleblowing
workflow-management`.split(/\s+/);

/** The Ketenwerk-specific section of an exported publiccode.yml (not part of the standard). */
export const EXTENSION_KEY = 'x-ketenwerk';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses every document of the file; YAML syntax errors come back as issues with their line. */
export function parsePubliccode(text: string): { docs: ParsedDoc[]; issues: PcIssue[] } {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const issues: PcIssue[] = [];
  const docs: ParsedDoc[] = [];
  const list = Array.isArray(parsed) ? parsed : [];
  if (!list.length) {
    issues.push({ document: 1, line: 1, column: 1, path: '', message: 'Het bestand is leeg.', severity: 'ERROR' });
    return { docs, issues };
  }
  list.forEach((doc, i) => {
    const index = i + 1;
    for (const e of doc.errors) {
      const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
      issues.push({ document: index, line: pos.line, column: pos.col, path: '', message: `Ongeldige YAML: ${e.message.split('\n')[0]}`, severity: 'ERROR' });
    }
    const at = (path: (string | number)[]) => {
      for (let n = path.length; n >= 0; n--) {
        const node = (n ? doc.getIn(path.slice(0, n), true) : doc.contents) as Node | null | undefined;
        const pairKey = n ? keyNode(doc, path.slice(0, n)) : null;
        const range = (pairKey ?? node)?.range;
        if (range) {
          const p = lineCounter.linePos(range[0]);
          return { line: p.line, column: p.col };
        }
      }
      return { line: 1, column: 1 };
    };
    docs.push({ index, doc, at, data: doc.errors.length ? null : (doc.toJS() as Record<string, unknown> | null) });
  });
  return { docs, issues };
}

/** The key node of the pair at `path`, so an issue points at the key's line rather than a folded value. */
function keyNode(doc: Document, path: (string | number)[]): Node | null {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    return (pair?.key as Node) ?? null;
  }
  if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as Node) ?? null;
  return null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function isUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return ['http:', 'https:', 'git:', 'ssh:', 'svn:'].includes(u.protocol);
  } catch {
    return false;
  }
}

/** The required fields and controlled values of publiccode.yml 0.4, plus Ketenwerk's own section. */
export function validateDocument(d: ParsedDoc): PcIssue[] {
  const out: PcIssue[] = [];
  const add = (path: (string | number)[], message: string, severity: Severity = 'ERROR') => {
    const { line, column } = d.at(path);
    out.push({ document: d.index, line, column, path: path.join('.'), message, severity });
  };
  const data = d.data;
  if (!isObj(data)) {
    add([], 'Een publiccode.yml-document is een verzameling sleutels (name, url, …).');
    return out;
  }
  const required = (path: string[], check: (v: unknown) => boolean, what: string) => {
    const v = path.reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), data);
    if (v === undefined || v === null) add(path, `${path.join('.')} ontbreekt (verplicht).`);
    else if (!check(v)) add(path, `${path.join('.')} ${what}.`);
    return v;
  };
  required(['publiccodeYmlVersion'], (v) => typeof v === 'string' && /^0(\.\d+){0,2}$/.test(v), 'moet een tekst zijn zoals "0.4"');
  required(['name'], isStr, 'moet een niet-lege tekst zijn');
  required(['url'], isUrl, 'moet een URL naar de broncode zijn');
  if (data.landingURL !== undefined && !isUrl(data.landingURL)) add(['landingURL'], 'landingURL moet een URL zijn.');
  if (data.releaseDate !== undefined && !(typeof data.releaseDate === 'string' && DATE.test(data.releaseDate))) {
    add(['releaseDate'], 'releaseDate moet de vorm JJJJ-MM-DD hebben (tussen aanhalingstekens).');
  }
  required(['platforms'], (v) => isStr(v) || (Array.isArray(v) && v.length > 0 && v.every(isStr)), 'moet een platform of een lijst platformen zijn');
  const categories = required(['categories'], (v) => Array.isArray(v) && v.length > 0, 'moet een niet-lege lijst zijn');
  if (Array.isArray(categories)) {
    categories.forEach((c, i) => {
      if (!CATEGORIES.includes(c as string)) add(['categories', i], `Onbekende categorie ${JSON.stringify(c)}; zie de lijst van publiccode.yml.`);
    });
  }
  required(['developmentStatus'], (v) => DEVELOPMENT_STATUS.includes(v as string), `moet een van ${DEVELOPMENT_STATUS.join(', ')} zijn`);
  required(['softwareType'], (v) => SOFTWARE_TYPES.includes(v as string), `moet een van ${SOFTWARE_TYPES.join(', ')} zijn`);

  const description = required(['description'], (v) => isObj(v) && Object.keys(v).length > 0, 'moet minstens één taal bevatten (bv. nl)');
  if (isObj(description)) {
    let long = false;
    let features = false;
    for (const [lang, value] of Object.entries(description)) {
      if (!isObj(value)) {
        add(['description', lang], `description.${lang} moet sleutels zoals shortDescription bevatten.`);
        continue;
      }
      if (!isStr(value.shortDescription)) add(['description', lang, 'shortDescription'], `description.${lang}.shortDescription ontbreekt (verplicht).`);
      else if (value.shortDescription.trim().length > 150) add(['description', lang, 'shortDescription'], `description.${lang}.shortDescription telt meer dan 150 tekens.`);
      if (value.longDescription !== undefined) {
        long = true;
        const n = typeof value.longDescription === 'string' ? value.longDescription.trim().length : 0;
        if (typeof value.longDescription !== 'string') add(['description', lang, 'longDescription'], `description.${lang}.longDescription moet tekst zijn.`);
        else if (n < 150 || n > 10000) add(['description', lang, 'longDescription'], `description.${lang}.longDescription telt ${n} tekens; de standaard vraagt 150 tot 10.000.`, 'WARNING');
      }
      if (value.features !== undefined) {
        features = true;
        if (!Array.isArray(value.features) || !value.features.every(isStr)) add(['description', lang, 'features'], `description.${lang}.features moet een lijst teksten zijn.`);
      }
    }
    if (!long) add(['description'], 'longDescription ontbreekt: minstens één taal moet er een hebben.');
    if (!features) add(['description'], 'features ontbreekt: minstens één taal moet er een hebben.');
  }
  required(['legal'], isObj, 'moet sleutels zoals license bevatten');
  if (isObj(data.legal)) required(['legal', 'license'], isStr, 'moet een SPDX-licentie zijn, bv. EUPL-1.2');
  required(['maintenance'], isObj, 'moet sleutels zoals type bevatten');
  if (isObj(data.maintenance)) {
    const type = required(['maintenance', 'type'], (v) => MAINTENANCE_TYPES.includes(v as string), `moet een van ${MAINTENANCE_TYPES.join(', ')} zijn`);
    const m = data.maintenance;
    if (type === 'contract') {
      if (!Array.isArray(m.contractors) || !m.contractors.length) add(['maintenance', 'contractors'], 'maintenance.contractors is verplicht bij type contract.');
      else m.contractors.forEach((c, i) => {
        if (!isObj(c) || !isStr(c.name)) add(['maintenance', 'contractors', i], 'Een contractor heeft een name nodig.');
        if (!isObj(c) || !(typeof c.until === 'string' && DATE.test(c.until))) add(['maintenance', 'contractors', i], 'Een contractor heeft until nodig in de vorm JJJJ-MM-DD.');
      });
    }
    if (type === 'internal' || type === 'community') {
      if (!Array.isArray(m.contacts) || !m.contacts.length) add(['maintenance', 'contacts'], `maintenance.contacts is verplicht bij type ${type}.`);
    }
    if (Array.isArray(m.contacts)) m.contacts.forEach((c, i) => {
      if (!isObj(c) || !isStr(c.name)) add(['maintenance', 'contacts', i], 'Een contactpersoon heeft een name nodig.');
    });
  }
  required(['localisation'], isObj, 'moet localisationReady en availableLanguages bevatten');
  if (isObj(data.localisation)) {
    required(['localisation', 'localisationReady'], (v) => typeof v === 'boolean', 'moet true of false zijn');
    required(['localisation', 'availableLanguages'], (v) => Array.isArray(v) && v.length > 0 && v.every(isStr), 'moet een niet-lege lijst talen zijn');
  }
  validateExtension(data[EXTENSION_KEY], add);
  return out;
}

function validateExtension(x: unknown, add: (path: (string | number)[], message: string) => void): void {
  if (x === undefined) return;
  const K = EXTENSION_KEY;
  if (!isObj(x)) return add([K], `${K} moet een verzameling sleutels zijn.`);
  const oneOf = (key: string, allowed: string[], v: unknown) => {
    if (v !== undefined && !allowed.includes(v as string)) add([K, key], `${K}.${key} moet een van ${allowed.join(', ')} zijn.`);
  };
  oneOf('type', Object.values(SolutionType), x.type);
  if (x.domains !== undefined) {
    if (!Array.isArray(x.domains)) add([K, 'domains'], `${K}.domains moet een lijst zijn.`);
    else x.domains.forEach((v, i) => {
      if (!Object.values(SolutionDomain).includes(v)) add([K, 'domains', i], `Onbekend domein ${JSON.stringify(v)}.`);
    });
  }
  const list = (key: string, each: (item: unknown, i: number) => void) => {
    const v = x[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) add([K, key], `${K}.${key} moet een lijst zijn.`);
    else v.forEach(each);
  };
  list('requirements', (r, i) => {
    if (!isObj(r) || !isStr(r.capability)) add([K, 'requirements', i], 'Een vereiste heeft een capability (sleutel) nodig.');
    else if (r.level !== undefined && !Object.values(RequirementLevel).includes(r.level as RequirementLevel)) {
      add([K, 'requirements', i, 'level'], 'level moet REQUIRED of RECOMMENDED zijn.');
    }
  });
  list('prerequisites', (p, i) => {
    if (!isObj(p) || !isStr(p.indicator) || typeof p.minValue !== 'number') add([K, 'prerequisites', i], 'Een voorwaarde heeft indicator (sleutel) en minValue (getal) nodig.');
  });
  list('steps', (s, i) => {
    if (!isObj(s) || !isStr(s.title)) add([K, 'steps', i], 'Een stap heeft een title nodig.');
    else if (!Object.values(StepKind).includes(s.kind as StepKind)) add([K, 'steps', i, 'kind'], 'kind moet TECHNICAL of ORGANISATIONAL zijn.');
  });
  list('links', (l, i) => {
    if (!isObj(l) || !isStr(l.label) || !isUrl(l.url)) add([K, 'links', i], 'Een link heeft label en url nodig.');
  });
  if (x.maintenanceUntil !== undefined && !(typeof x.maintenanceUntil === 'string' && DATE.test(x.maintenanceUntil))) {
    add([K, 'maintenanceUntil'], 'maintenanceUntil moet de vorm JJJJ-MM-DD hebben (tussen aanhalingstekens).');
  }
}
