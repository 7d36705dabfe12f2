import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { SpaceAccessRegistry, SpaceAccessService } from '../../modules/discussions/space-access.js';
import { SpacesService } from '../../modules/discussions/spaces.service.js';
import { syncTrajectSpace } from '../../modules/trajecten/traject-space.js';
import { TrajectEntity } from '../../modules/trajecten/traject.entity.js';
import { inTransaction } from '../transaction.js';

// Demo trajecten, marked is_demo. "Digitale aangifte overlijden" uses public facts (4–5 working days on
// paper, eLys, the pioneer municipalities, the 2025 connections and the switch of doctors early 2026);
// dates, weights, texts of the updates and the rollout beyond the pioneers are illustrative.

interface DemoMilestone { title: string; description: string; due: string; status: string; weight: number }
interface DemoUpdate { title: string; body: string; at: string; status?: 'PUBLISHED' | 'DRAFT'; reaches?: number[]; attachProgress?: boolean }
interface DemoTraject {
  slug: string; title: string; summary: string; description: string; phase: string; pillars: string[]; status: string;
  visibility?: string; start: string | null; target: string | null; partners: string[]; created: string;
  manual?: { progress: number; reason: string };
  milestones: DemoMilestone[];
  updates: DemoUpdate[];
  team: { email: string; role: 'LEAD' | 'MEMBER' }[];
  followers?: string[];
  rollout: { live?: string[]; participant?: string[]; interested?: string[]; participantWhere?: string; interestedWhere?: string };
  indicator?: { name: string; unit: string; description: string; baseline: number; target: number; measured?: { value: number; on: string; note: string } };
}

const PIONEERS = ['41002', '11002', '44021', '24062', '12021', '43010', '35013', '24104'];

const TRAJECTEN: DemoTraject[] = [
  {
    slug: 'digitale-aangifte-overlijden',
    title: 'Digitale aangifte overlijden',
    summary: 'Van overlijden tot akte zonder papier: artsen, uitvaartondernemers en lokale besturen geven een overlijden digitaal door via het eLys-platform. Wat op papier 4 à 5 werkdagen duurde, gaat zo veel sneller.',
    description: [
      '## Waarom',
      'Op papier duurde het 4 à 5 werkdagen tussen een overlijden en de overlijdensakte. Formulieren gingen van de arts naar de uitvaartondernemer en de gemeente, en werden telkens opnieuw overgetikt.',
      '',
      '## Hoe',
      'Met het **eLys**-platform geven de arts, de uitvaartondernemer en de gemeente het overlijden digitaal door. De dienst burgerzaken maakt de akte op met gegevens die al correct binnenkomen.',
      '',
      '## Planning',
      '- Pioniers: Aalst, Antwerpen, Gent, Leuven, Lier, Maldegem, Oostende en Tervuren werken als eerste digitaal.',
      '- In de loop van 2025 sluiten de uitvaartondernemers en de lokale besturen aan.',
      '- Begin 2026 stappen de artsen over: dan wordt de digitale aangifte verplicht voor elk overlijden in Vlaanderen.',
    ].join('\n'),
    phase: 'INNOVEREN', pillars: ['INTERBESTUURLIJKE_KETENINTEGRATIE', 'LOKALE_BESTUREN_KETENPARTNER'], status: 'UITROL',
    start: '2024-01-15', target: '2026-03-31', created: '2024-01-15T09:00:00Z',
    partners: ['VVSG', 'V-ICT-OR', 'Digitaal Vlaanderen', 'Uitvaartondernemers', 'Artsen'],
    milestones: [
      { title: 'Pioniersgemeenten werken digitaal via eLys', description: 'Aalst, Antwerpen, Gent, Leuven, Lier, Maldegem, Oostende en Tervuren.', due: '2024-12-31', status: 'GEPLAND', weight: 3 },
      { title: 'Uitvaartondernemers aangesloten', description: 'Uitvaartondernemers geven hun deel van de aangifte door via eLys.', due: '2025-12-31', status: 'BEZIG', weight: 2 },
      { title: 'Alle lokale besturen aangesloten', description: 'Elke dienst burgerzaken ontvangt aangiftes digitaal.', due: '2025-12-31', status: 'BEZIG', weight: 3 },
      { title: 'Artsen stappen over op de digitale aangifte', description: 'Begin 2026.', due: '2026-03-31', status: 'GEPLAND', weight: 2 },
      { title: 'Digitale aangifte verplicht voor elk overlijden in Vlaanderen', description: '', due: '2026-03-31', status: 'GEPLAND', weight: 1 },
    ],
    updates: [
      { at: '2024-03-04T10:00:00Z', title: 'Acht pioniersgemeenten starten met eLys', body: 'Aalst, Antwerpen, Gent, Leuven, Lier, Maldegem, Oostende en Tervuren zijn de eerste gemeenten die een overlijden digitaal ontvangen via **eLys**. Op papier duurde het tot nu 4 à 5 werkdagen van overlijden tot akte.' },
      { at: '2024-12-18T10:00:00Z', title: 'De pioniers werken digitaal', body: 'De acht pioniersgemeenten ontvangen aangiftes nu digitaal. Hun ervaringen gebruiken we om de aansluiting voor de andere besturen eenvoudiger te maken.', reaches: [0], attachProgress: true },
      { at: '2025-04-10T10:00:00Z', title: 'Uitvaartondernemers en lokale besturen sluiten aan in 2025', body: 'In de loop van 2025 sluiten de uitvaartondernemers en de lokale besturen aan op eLys. Wil je bestuur snel aansluiten? Schrijf je in met **Deelnemen**.' },
      { at: '2025-10-02T10:00:00Z', title: 'Vooruitblik: artsen stappen begin 2026 over', body: 'Begin 2026 stappen de artsen over op de digitale aangifte. Vanaf dan is de digitale aangifte verplicht voor elk overlijden in Vlaanderen.' },
      { at: '2025-11-20T10:00:00Z', status: 'DRAFT', title: 'Stand van zaken van de aansluitingen', body: '_Concept_: overzicht van de besturen die al aangesloten zijn.' },
    ],
    team: [{ email: 'coordinator@ketenwerk.test', role: 'LEAD' }, { email: 'admin@ketenwerk.test', role: 'MEMBER' }],
    followers: ['lid@ketenwerk.test'],
    rollout: { live: PIONEERS, participantWhere: `right(nis_code, 1) IN ('1', '3')`, interestedWhere: `right(nis_code, 1) = '7'` },
    indicator: {
      name: 'Dagen tussen overlijden en akte', unit: 'werkdagen', description: 'Op papier 4 à 5 werkdagen.', baseline: 4.5, target: 1,
      measured: { value: 1, on: '2025-06-30', note: 'Demowaarde, geen officiële meting.' },
    },
  },
  {
    slug: 'meldingskaart-openbaar-domein',
    title: 'Meldingskaart voor het openbaar domein',
    summary: 'Burgers melden een losliggende tegel of een sluikstort op een kaart; de melding komt meteen bij de juiste dienst of aannemer terecht.',
    description: 'Een gedeelde meldingskaart die besturen kunnen overnemen, gekoppeld aan hun eigen opvolgingssysteem.',
    phase: 'ADOPTEREN', pillars: ['INFORMATIE_ICT_CAPACITEIT', 'LOKALE_BESTUREN_KETENPARTNER'], status: 'PILOOTFASE',
    start: '2025-02-01', target: '2026-06-30', created: '2025-02-01T09:00:00Z', partners: ['V-ICT-OR'],
    milestones: [
      { title: 'Keuze van de oplossing', description: '', due: '2025-04-30', status: 'BEHAALD', weight: 1 },
      { title: 'Piloot in drie gemeenten', description: 'Brugge, Kortrijk en Roeselare.', due: '2025-12-31', status: 'BEZIG', weight: 2 },
      { title: 'Koppeling met de systemen van aannemers', description: '', due: '2026-03-31', status: 'VERTRAAGD', weight: 1 },
      { title: 'Uitrol naar geïnteresseerde besturen', description: '', due: '2026-06-30', status: 'GEPLAND', weight: 2 },
    ],
    updates: [{ at: '2025-09-15T08:30:00Z', title: 'Piloot van start in drie gemeenten', body: 'Brugge, Kortrijk en Roeselare testen de meldingskaart met hun diensten openbaar domein.' }],
    team: [{ email: 'admin@ketenwerk.test', role: 'LEAD' }],
    rollout: { participant: ['31005', '34022', '36015'], interested: ['12025', '46021', '71072'] },
  },
  {
    slug: 'gedeelde-informatieveiligheidsconsulent',
    title: 'Gedeelde informatieveiligheidsconsulent',
    summary: 'Kleinere besturen delen samen een informatieveiligheidsconsulent, zodat ook zij de NIS2-verplichtingen en het veiligheidsbeleid kunnen opvolgen.',
    description: 'Besturen in een regio delen een consulent via een samenwerkingsovereenkomst.',
    phase: 'ADOPTEREN', pillars: ['INFORMATIE_ICT_CAPACITEIT'], status: 'VOORBEREIDING',
    start: '2025-09-01', target: '2026-12-31', created: '2025-09-01T09:00:00Z', partners: ['VVSG'],
    manual: { progress: 10, reason: 'Samenwerkingsovereenkomst in opmaak; de mijlpalen liggen nog niet vast.' },
    milestones: [
      { title: 'Modelovereenkomst voor het delen van een consulent', description: '', due: '2026-01-31', status: 'BEZIG', weight: 1 },
      { title: 'Eerste regio werkt met een gedeelde consulent', description: '', due: '2026-09-30', status: 'GEPLAND', weight: 2 },
    ],
    updates: [],
    team: [{ email: 'coordinator@ketenwerk.test', role: 'MEMBER' }, { email: 'admin@ketenwerk.test', role: 'LEAD' }],
    rollout: { interested: ['13040', '71016'] },
  },
  {
    slug: 'magda-toegang-sociaal-huis',
    title: 'MAGDA-toegang voor het sociaal huis',
    summary: 'Het sociaal huis raadpleegt authentieke gegevens via MAGDA in plaats van burgers om attesten te vragen.',
    description: 'Verkenning: welke gegevens heeft het sociaal huis nodig, en onder welke machtiging?',
    phase: 'INNOVEREN', pillars: ['INTERBESTUURLIJKE_KETENINTEGRATIE'], status: 'IDEE', visibility: 'MEMBERS',
    start: null, target: null, created: '2025-10-15T09:00:00Z', partners: [],
    milestones: [], updates: [], team: [{ email: 'admin@ketenwerk.test', role: 'LEAD' }], rollout: {},
  },
  {
    slug: 'gemeenschappelijk-evenementenloket',
    title: 'Gemeenschappelijk evenementenloket',
    summary: 'Organisatoren vragen een evenement één keer aan; politie, brandweer en gemeente behandelen hetzelfde dossier.',
    description: 'Gepauzeerd in afwachting van de keuze van een regionaal platform.',
    phase: 'ADOPTEREN', pillars: ['INTERBESTUURLIJKE_KETENINTEGRATIE'], status: 'GEPAUZEERD',
    start: '2024-06-01', target: '2025-12-31', created: '2024-06-01T09:00:00Z', partners: ['V-ICT-OR'],
    milestones: [
      { title: 'Behoeften van organisatoren en diensten in kaart', description: '', due: '2024-10-31', status: 'BEHAALD', weight: 1 },
      { title: 'Keuze van het platform', description: '', due: '2025-06-30', status: 'VERTRAAGD', weight: 2 },
    ],
    updates: [{ at: '2025-07-01T08:00:00Z', title: 'Traject gepauzeerd', body: 'We wachten op de keuze van een regionaal platform voor we verder gaan.' }],
    team: [{ email: 'admin@ketenwerk.test', role: 'LEAD' }],
    rollout: { interested: ['44021'] },
  },
];

const userId = async (m: EntityManager, email: string): Promise<string | null> =>
  (await m.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [email]))[0]?.id ?? null;

async function rollup(m: EntityManager, trajectId: string): Promise<number> {
  const [r] = await m.query(
    `SELECT coalesce(round(100.0 * sum(weight) FILTER (WHERE status = 'BEHAALD') / nullif(sum(weight), 0)), 0)::int AS p
     FROM milestones WHERE traject_id = $1`, [trajectId]);
  return r.p;
}

async function seedOne(m: EntityManager, d: DemoTraject): Promise<void> {
  const inserted: { id: string }[] = await m.query(
    `INSERT INTO trajects (slug, title, summary, description, phase, pillars, status, visibility, start_date, target_date, partners, is_demo, created_at)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true, $12
     WHERE NOT EXISTS (SELECT 1 FROM trajects WHERE slug = $1)
     RETURNING id`,
    [d.slug, d.title, d.summary, d.description, d.phase, d.pillars, d.status, d.visibility ?? 'PUBLIC', d.start, d.target, d.partners, d.created],
  );
  if (!inserted.length) return;
  const id = inserted[0].id;
  await m.query(`INSERT INTO traject_progress (traject_id, progress, mode, created_at) VALUES ($1, 0, 'ROLLUP', $2)`, [id, d.created]);
  for (const t of d.team) {
    const uid = await userId(m, t.email);
    if (uid) await m.query(`INSERT INTO traject_members (traject_id, user_id, role) VALUES ($1, $2, $3)`, [id, uid, t.role]);
  }
  const lead = await userId(m, d.team.find((t) => t.role === 'LEAD')!.email);
  const milestoneIds: string[] = [];
  for (const ms of d.milestones) {
    const [row] = await m.query(
      `INSERT INTO milestones (traject_id, title, description, due_date, status, weight) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [id, ms.title, ms.description, ms.due, ms.status, ms.weight]);
    milestoneIds.push(row.id);
  }
  for (const u of d.updates) {
    const published = (u.status ?? 'PUBLISHED') === 'PUBLISHED';
    const changes = (u.reaches ?? []).map((i) => ({ milestoneId: milestoneIds[i], status: 'BEHAALD' }));
    const [row] = await m.query(
      `INSERT INTO progress_updates (traject_id, author_id, title, body, status, published_at, milestone_changes, attach_progress, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [id, lead, u.title, u.body, published ? 'PUBLISHED' : 'DRAFT', published ? u.at : null, JSON.stringify(changes), u.attachProgress ?? false, u.at]);
    if (!published || !changes.length) continue;
    await m.query(`UPDATE milestones SET status = 'BEHAALD', reached_at = $2 WHERE id = ANY($1)`, [changes.map((c) => c.milestoneId), u.at]);
    const p = await rollup(m, id);
    await m.query(`INSERT INTO traject_progress (traject_id, progress, mode, changed_by, update_id, created_at) VALUES ($1, $2, 'ROLLUP', $3, $4, $5)`, [id, p, lead, row.id, u.at]);
    if (u.attachProgress) await m.query(`UPDATE progress_updates SET progress_snapshot = $2 WHERE id = $1`, [row.id, p]);
  }
  await m.query(`UPDATE milestones SET reached_at = updated_at WHERE traject_id = $1 AND status = 'BEHAALD' AND reached_at IS NULL`, [id]);
  const progress = d.manual ? d.manual.progress : await rollup(m, id);
  await m.query(`UPDATE trajects SET progress = $2, progress_mode = $3, progress_reason = $4 WHERE id = $1`,
    [id, progress, d.manual ? 'MANUAL' : 'ROLLUP', d.manual?.reason ?? null]);
  if (d.manual) await m.query(`INSERT INTO traject_progress (traject_id, progress, mode, reason, changed_by) VALUES ($1, $2, 'MANUAL', $3, $4)`, [id, progress, d.manual.reason, lead]);

  const r = d.rollout;
  // Order matters: later statuses win for a municipality named twice.
  const set = (where: string, params: unknown[], status: string) => m.query(
    `INSERT INTO traject_rollout (traject_id, bestuur_id, status, updated_by)
     SELECT $1, id, '${status}', $2 FROM besturen WHERE kind = 'MUNICIPALITY' AND ${where}
     ON CONFLICT (traject_id, bestuur_id) DO UPDATE SET status = EXCLUDED.status`, [id, lead, ...params]);
  if (r.interestedWhere) await set(r.interestedWhere, [], 'GEINTERESSEERD');
  if (r.interested) await set('nis_code = ANY($3)', [r.interested], 'GEINTERESSEERD');
  if (r.participantWhere) await set(r.participantWhere, [], 'DEELNEMER');
  if (r.participant) await set('nis_code = ANY($3)', [r.participant], 'DEELNEMER');
  if (r.live) await set('nis_code = ANY($3)', [r.live], 'LIVE');

  for (const email of d.followers ?? []) {
    const uid = await userId(m, email);
    if (uid) await m.query(`INSERT INTO traject_subscriptions (traject_id, user_id, level) VALUES ($1, $2, 'VOLGEN') ON CONFLICT DO NOTHING`, [id, uid]);
  }
  if (d.indicator) {
    const i = d.indicator;
    const [row] = await m.query(
      `INSERT INTO outcome_indicators (traject_id, name, unit, description, baseline, target) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [id, i.name, i.unit, i.description, i.baseline, i.target]);
    if (i.measured) {
      await m.query(`INSERT INTO indicator_measurements (indicator_id, value, measured_on, note, recorded_by) VALUES ($1, $2, $3, $4, $5)`,
        [row.id, i.measured.value, i.measured.on, i.measured.note, lead]);
    }
  }
}

/**
 * Idempotent: a demo traject that exists (by slug) is left alone, whatever happened to it since, except
 * that one without a werkruimte space gets it.
 */
export async function seedTrajecten(ds: DataSource): Promise<void> {
  const spaces = new SpacesService(ds, new SpaceAccessService(ds, new SpaceAccessRegistry()));
  await inTransaction(ds, async (m) => {
    for (const d of TRAJECTEN) await seedOne(m, d);
    // Every demo traject has its werkruimte space, also those seeded before spaces existed.
    for (const t of await m.getRepository(TrajectEntity).findBy({ isDemo: true, spaceId: IsNull() })) await syncTrajectSpace(spaces, m, t);
  });
}
