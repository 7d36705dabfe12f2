import { RequirementLevel, type AdoptionStatus } from '../catalogue.enums.js';
import type { CapabilityEntity } from '../capabilities/capability.entity.js';
import type { IndicatorEntity } from '../profiles/indicator.entity.js';
import type { SolutionStep } from '../solutions/solution.entity.js';
import { FitAspect } from './fit.model.js';

/** The fit's explanation rules: deterministic Dutch sentences from the checks (see docs/features/catalogue.md). */

export interface CapCheck {
  capability: CapabilityEntity;
  level: RequirementLevel;
  present: boolean;
}
export interface PreCheck {
  indicator: IndicatorEntity;
  minValue: number;
  value: number | null;
  year: number | null;
  source: string | null;
  met: boolean;
}
export interface PeerRow<B> {
  bestuur: B;
  status: AdoptionStatus;
  sameRegion: boolean;
  similarSize: boolean;
}
export interface Explanation {
  aspect: FitAspect;
  met: boolean;
  message: string;
}

const numberFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });
export const fmt = (n: number) => numberFormat.format(n);

/** "A", "A en B", "A, B en C". */
export function joinNl(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export function sizeRange(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `van ${fmt(min)} tot ${fmt(max)} inwoners`;
  if (min !== null) return `vanaf ${fmt(min)} inwoners`;
  return `tot ${fmt(max ?? 0)} inwoners`;
}

export function sourceLabel(source: string | null, year: number | null): string {
  return `bron: ${[source, year].filter((x) => x !== null && x !== '').join(' ')}`;
}

const MAX_PEER_NAMES = 5;

export function explain<B extends { name: string }>(input: {
  bestuurName: string;
  population: number | null;
  populationMin: number | null;
  populationMax: number | null;
  sizeInRange: boolean;
  caps: CapCheck[];
  prerequisites: PreCheck[];
  peers: PeerRow<B>[];
  trajects: { name: string }[];
}): { explanations: Explanation[]; gaps: string[] } {
  const out: Explanation[] = [];
  const gaps: string[] = [];
  const names = (list: CapCheck[]) => joinNl(list.map((c) => c.capability.name));

  // Technical readiness
  const present = input.caps.filter((c) => c.present);
  const missingRequired = input.caps.filter((c) => !c.present && c.level === RequirementLevel.REQUIRED);
  const missingRecommended = input.caps.filter((c) => !c.present && c.level === RequirementLevel.RECOMMENDED);
  if (!input.caps.length) out.push({ aspect: FitAspect.TECHNICAL, met: true, message: 'Vraagt geen specifieke technische voorzieningen.' });
  if (present.length) out.push({ aspect: FitAspect.TECHNICAL, met: true, message: `Aanwezig: ${names(present)}.` });
  if (missingRequired.length) out.push({ aspect: FitAspect.TECHNICAL, met: false, message: `Nog nodig: ${names(missingRequired)}.` });
  if (missingRecommended.length) {
    out.push({ aspect: FitAspect.TECHNICAL, met: false, message: `Aanbevolen maar niet aanwezig: ${names(missingRecommended)}.` });
  }
  for (const c of missingRequired) gaps.push(`${c.capability.name} (vereiste voorziening)`);

  // Organisational fit: size
  const { population: pop, populationMin: min, populationMax: max } = input;
  if (min === null && max === null) {
    out.push({ aspect: FitAspect.SIZE, met: true, message: 'Geschikt voor besturen van elke grootte.' });
  } else if (pop === null) {
    out.push({ aspect: FitAspect.SIZE, met: false, message: `Bedoeld voor besturen ${sizeRange(min, max)}; het inwonersaantal van ${input.bestuurName} is onbekend.` });
  } else {
    const lead = input.sizeInRange ? 'Geschikt voor' : 'Bedoeld voor';
    out.push({
      aspect: FitAspect.SIZE,
      met: input.sizeInRange,
      message: `${lead} besturen ${sizeRange(min, max)}; ${input.bestuurName} telt ${fmt(pop)} inwoners.`,
    });
  }

  // Organisational fit: maturity prerequisites
  for (const p of input.prerequisites) {
    const need = `minstens ${fmt(p.minValue)} nodig`;
    const message = p.value === null
      ? `${p.indicator.name}: geen gegevens, ${need}.`
      : `${p.indicator.name}: ${fmt(p.value)} (${sourceLabel(p.source, p.year)}), ${need}.`;
    out.push({ aspect: FitAspect.MATURITY, met: p.met, message });
    if (!p.met) gaps.push(`${p.indicator.name} van minstens ${fmt(p.minValue)} (nu ${p.value === null ? 'onbekend' : fmt(p.value)})`);
  }

  // Peers
  if (input.peers.length) {
    const shown = input.peers.slice(0, MAX_PEER_NAMES).map((p) => p.bestuur.name);
    const rest = input.peers.length - shown.length;
    const list = rest > 0 ? `${shown.join(', ')} en ${rest} ${rest === 1 ? 'ander' : 'andere'}` : joinNl(shown);
    const n = input.peers.length;
    out.push({
      aspect: FitAspect.PEERS,
      met: true,
      message: `${n} ${n === 1 ? 'bestuur' : 'besturen'} in uw regio of van vergelijkbare grootte ${n === 1 ? 'gebruikt' : 'gebruiken'} dit: ${list}.`,
    });
  } else {
    out.push({ aspect: FitAspect.PEERS, met: false, message: 'Nog geen besturen in uw regio of van vergelijkbare grootte gebruiken dit.' });
  }

  // Trajects (empty until the trajecten module is linked)
  for (const t of input.trajects) {
    out.push({ aspect: FitAspect.TRAJECT, met: true, message: `Sluit aan bij het traject ${t.name} waaraan u deelneemt.` });
  }
  return { explanations: out, gaps };
}

/** The solution's checklist; a step tied to a capability is done when the bestuur has it. */
export function plan(steps: SolutionStep[], capabilitiesByKey: Map<string, CapabilityEntity>, has: Set<string>) {
  return steps.map((s) => ({
    title: s.title,
    kind: s.kind,
    description: s.description ?? null,
    capability: s.capabilityKey ? capabilitiesByKey.get(s.capabilityKey) ?? null : null,
    done: Boolean(s.capabilityKey && has.has(s.capabilityKey)),
  }));
}
