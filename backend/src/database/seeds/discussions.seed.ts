import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/accounts/passwords.js';
import { HTML_VERSION, renderMarkdown } from '../../modules/discussions/markdown.js';
import { inTransaction } from '../transaction.js';

/** More demo people for the werkruimte (next to those of demo.seed.ts); passwords are in the README. */
export const DISCUSSION_DEMO_USERS = [
  { email: 'sofie@ketenwerk.test', password: 'Ketenwerk-sofie-2025', displayName: 'Sofie Verbeke', jobTitle: 'Diensthoofd burgerzaken', bestuur: '11002', coordinates: [] as string[] },
  { email: 'jan@ketenwerk.test', password: 'Ketenwerk-jan-2025', displayName: 'Jan Peeters', jobTitle: 'Regionaal coördinator kenniskring', bestuur: '24062', coordinates: ['oost-brabant'] },
  { email: 'fatima@ketenwerk.test', password: 'Ketenwerk-fatima-2025', displayName: 'Fatima El Amrani', jobTitle: 'Informatieveiligheidsconsulent', bestuur: '12025', coordinates: [] as string[] },
];

interface DemoComment {
  key?: string;
  author: string;
  body: string;
  hoursAgo: number;
  replyTo?: string;
  usefulBy?: string[];
  accepted?: boolean;
}
interface DemoThread {
  space: string;
  kind: 'VRAAG' | 'DISCUSSIE' | 'MEDEDELING';
  title: string;
  body: string;
  tags: string[];
  author: string;
  hoursAgo: number;
  pinned?: boolean;
  membersOnly?: boolean;
  comments: DemoComment[];
}

const ADMIN = 'admin@ketenwerk.test';
const KOEN = 'coordinator@ketenwerk.test';
const LOTTE = 'lid@ketenwerk.test';
const SOFIE = 'sofie@ketenwerk.test';
const JAN = 'jan@ketenwerk.test';
const FATIMA = 'fatima@ketenwerk.test';

const THREADS: DemoThread[] = [
  {
    space: 'centraal', kind: 'MEDEDELING', pinned: true, author: ADMIN, hoursAgo: 24 * 21,
    title: 'Welkom in de centrale werkruimte',
    tags: ['afspraken'],
    body: 'Dag iedereen,\n\nDe regionale coördinatoren spraken af om hier samen te werken: **elke vraag en elk antwoord op één plek**.\n\n'
      + '- Stel een *vraag* als je een concreet probleem hebt; duid het antwoord aan dat je hielp.\n'
      + '- Start een *discussie* om ervaringen te delen.\n'
      + '- Vragen die enkel je eigen regio aanbelangen, zet je in de werkruimte van je kenniskring.\n\n'
      + 'Vermeld collega\'s met @ zodat ze een melding krijgen. Veel succes!',
    comments: [],
  },
  {
    space: 'centraal', kind: 'VRAAG', author: KOEN, hoursAgo: 24 * 9,
    title: 'Burgerlijke stand koppelen aan de digitale aangifte van overlijden',
    tags: ['burgerlijke stand', 'overlijden', 'dabs'],
    body: 'In Gent willen we de aangifte van overlijden door begrafenisondernemers en artsen rechtstreeks in ons '
      + 'pakket voor de burgerlijke stand laten binnenkomen, in plaats van de akten over te typen.\n\n'
      + 'Wie heeft die koppeling al werkend? Welke leverancier, en moesten jullie iets regelen bij het Informatieveiligheidscomité?',
    comments: [
      {
        key: 'sofie-answer', author: SOFIE, hoursAgo: 24 * 8,
        body: 'In Antwerpen draait dat sinds het voorjaar. Onze leverancier van het DABS-pakket levert een connector; wij moesten:\n\n'
          + '1. de gebruikers bij de begrafenisondernemers laten registreren (dat doet de federale dienst zelf);\n'
          + '2. een testperiode van twee weken in de acceptatieomgeving doorlopen;\n'
          + '3. de werkinstructies voor de baliemedewerkers aanpassen: de akte wordt nu *nagekeken*, niet meer ingetikt.\n\n'
          + 'Een beraadslaging was niet nodig, het gebeurt binnen de bestaande wettelijke basis.',
        usefulBy: [KOEN, LOTTE, JAN], accepted: true,
      },
      { author: KOEN, replyTo: 'sofie-answer', hoursAgo: 24 * 8 - 3, body: 'Super, dank je! Mag ik je werkinstructie eens zien?' },
      { author: SOFIE, replyTo: 'sofie-answer', hoursAgo: 24 * 7, body: 'Natuurlijk, ik zet ze volgende week in de bibliotheek van de kenniskring.' },
      {
        author: LOTTE, hoursAgo: 24 * 6,
        body: 'In Aalst zitten we nog in de testfase. Let op: de testomgeving stuurt geen meldingen naar het Rijksregister, '
          + 'dus plan je eindtest samen met de dienst bevolking.',
        usefulBy: [KOEN],
      },
    ],
  },
  {
    space: 'centraal', kind: 'VRAAG', author: LOTTE, hoursAgo: 24 * 4,
    title: 'MAGDA-toegang voor de sociale dienst: welke machtiging hebben we nodig?',
    tags: ['magda', 'ocmw', 'machtiging'],
    body: 'Onze sociale dienst wil voor het leefloondossier gegevens uit de Kruispuntbank opvragen via MAGDA. '
      + 'Volstaat de bestaande machtiging van het OCMW, of moeten we een nieuwe aanvraag doen? En wie tekent die aanvraag bij ons?',
    comments: [
      {
        author: FATIMA, hoursAgo: 24 * 3,
        body: 'Kijk eerst in het overzicht van de beraadslagingen van het Informatieveiligheidscomité: voor het leefloon bestaat er een algemene. '
          + 'Je hebt dan enkel een toetreding nodig, getekend door de algemeen directeur. Vergeet je informatieveiligheidsconsulent niet in kopie.',
        usefulBy: [LOTTE],
      },
      {
        author: JAN, hoursAgo: 24 * 2,
        body: 'Bij ons liep de aanvraag via het lokaal beheer van MAGDA. Reken op een drietal weken. @[Koen Coördinator](user:$KOEN$), '
          + 'misschien iets voor de volgende kenniskring?',
      },
    ],
  },
  {
    space: 'centraal', kind: 'DISCUSSIE', author: FATIMA, hoursAgo: 24 * 12,
    title: 'Een informatieveiligheidsconsulent delen tussen gemeenten: ervaringen?',
    tags: ['informatieveiligheid', 'dpo', 'samenwerking'],
    body: 'Kleinere gemeenten vinden moeilijk een eigen informatieveiligheidsconsulent. In Rivierenland denken we aan één consulent voor vier besturen, '
      + 'via de intergemeentelijke vereniging.\n\nWie doet dat al? Hoe verdelen jullie de uren en wie is er eindverantwoordelijk?',
    comments: [
      {
        key: 'jan-ivc', author: JAN, hoursAgo: 24 * 11,
        body: 'In Oost-Brabant delen drie gemeenten een consulent sinds 2023. Uren verdeeld volgens inwonersaantal, met een vaste halve dag per gemeente. '
          + 'Belangrijk: elk bestuur blijft zelf verantwoordelijk, de consulent adviseert.',
        usefulBy: [FATIMA, SOFIE],
      },
      { author: FATIMA, replyTo: 'jan-ivc', hoursAgo: 24 * 10, body: 'Hebben jullie daar een modelovereenkomst voor?' },
      { author: JAN, replyTo: 'jan-ivc', hoursAgo: 24 * 10 - 5, body: 'Ja, ik deel ze in de werkruimte van Oost-Brabant.' },
      { author: SOFIE, hoursAgo: 24 * 5, body: 'Let op met belangenconflicten als de consulent ook voor de politiezone werkt.' },
    ],
  },
  {
    space: 'regio-gent', kind: 'MEDEDELING', pinned: true, author: KOEN, hoursAgo: 24 * 6,
    title: 'Volgende kenniskring: donderdag 12 februari in Gent',
    tags: ['kenniskring'],
    body: 'We starten om 9.30 uur in het Administratief Centrum. Op de agenda:\n\n'
      + '- stand van zaken digitale aangifte van overlijden;\n- MAGDA-toegang voor de sociale diensten;\n- rondvraag.\n\nGraag inschrijven voor 5 februari.',
    comments: [{ author: ADMIN, hoursAgo: 24 * 5, body: 'Ik kom graag langs om het platform toe te lichten.' }],
  },
  {
    space: 'regio-gent', kind: 'VRAAG', membersOnly: true, author: KOEN, hoursAgo: 24 * 3,
    title: 'Gezamenlijk bestek voor digitaal archiefbeheer: wie doet mee?',
    tags: ['aanbesteding', 'archief'],
    body: 'Enkele gemeenten uit de regio willen samen een bestek uitschrijven voor een e-depot. Interesse? Laat het hier weten, '
      + 'dan plannen we een eerste overleg. (Enkel zichtbaar voor de kenniskring.)',
    comments: [],
  },
  {
    space: 'denderregio', kind: 'VRAAG', author: LOTTE, hoursAgo: 24 * 15,
    title: 'Rijksregisternummer opslaan in ons zaaksysteem: mag dat?',
    tags: ['rijksregister', 'gdpr'],
    body: 'Ons nieuwe zaaksysteem wil het rijksregisternummer als sleutel gebruiken. Mag dat zomaar, of hebben we daar een machtiging voor nodig?',
    comments: [
      {
        author: KOEN, hoursAgo: 24 * 14,
        body: 'Het gebruik van het rijksregisternummer is gebonden aan een machtiging. Als je die al hebt voor de betrokken processen, '
          + 'mag het in je zaaksysteem, maar beperk de toegang tot wie het nodig heeft.',
        usefulBy: [LOTTE, FATIMA], accepted: true,
      },
    ],
  },
  {
    space: 'oost-brabant', kind: 'DISCUSSIE', author: JAN, hoursAgo: 24 * 2,
    title: 'Overstap naar het nieuwe omgevingsloket: planning per gemeente',
    tags: ['omgevingsloket', 'planning'],
    body: 'Laten we hier bijhouden wie wanneer overschakelt, zodat we elkaar kunnen helpen met de opleiding van de dossierbehandelaars.',
    comments: [{ author: SOFIE, hoursAgo: 20, body: 'Antwerpen schakelt in maart over; we organiseren een open opleiding.' }],
  },
  {
    space: 'rivierenland', kind: 'VRAAG', author: FATIMA, hoursAgo: 24 * 1,
    title: 'Adreswijzigingen uit het Rijksregister automatisch verwerken',
    tags: ['rijksregister', 'adressen'],
    body: 'Hoe houden jullie de adressen in het klantenbestand actueel? Wij krijgen de mutaties als bestand, maar verwerken ze nog met de hand.',
    comments: [],
  },
];

async function upsertUsers(m: EntityManager): Promise<Map<string, string>> {
  const hashes = await Promise.all(DISCUSSION_DEMO_USERS.map((u) => hashPassword(u.password)));
  for (const [i, u] of DISCUSSION_DEMO_USERS.entries()) {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO users (email, display_name, job_title, password_hash, email_verified_at, bestuur_id)
       SELECT $1, $2, $3, $4, now(), (SELECT id FROM besturen WHERE code = $5)
       WHERE NOT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower($1))
       RETURNING id`,
      [u.email, u.displayName, u.jobTitle, hashes[i], u.bestuur],
    );
    for (const slug of rows.length ? u.coordinates : []) {
      await m.query(`INSERT INTO region_coordinators (region_id, user_id) SELECT id, $2 FROM regions WHERE slug = $1 ON CONFLICT DO NOTHING`, [slug, rows[0].id]);
    }
  }
  const rows: { id: string; email: string }[] = await m.query(`SELECT id, lower(email) AS email FROM users WHERE email LIKE '%@ketenwerk.test'`);
  return new Map(rows.map((r) => [r.email, r.id]));
}

const ago = (hours: number) => `${Math.round(hours * 3600)} seconds`;

/** Realistic threads in the central space and several regions; a thread that exists (same title, same space) is left alone. */
export async function seedDiscussionsDemo(ds: DataSource): Promise<void> {
  await inTransaction(ds, async (m) => {
    const people = await upsertUsers(m);
    const id = (email: string) => people.get(email) ?? null;
    const fill = (body: string) => body.replace(/\$KOEN\$/g, id(KOEN) ?? '00000000-0000-0000-0000-000000000000');
    for (const t of THREADS) {
      const [space] = await m.query(`SELECT id FROM spaces WHERE slug = $1`, [t.space]);
      if (!space) continue;
      const [exists] = await m.query(`SELECT 1 FROM threads WHERE space_id = $1 AND title = $2`, [space.id, t.title]);
      if (exists) continue;
      const body = fill(t.body);
      const [thread] = await m.query(
        `INSERT INTO threads (space_id, author_id, kind, title, body, body_html, html_version, tags, pinned, members_only, created_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, date_trunc('milliseconds', now() - $11::interval), date_trunc('milliseconds', now() - $11::interval))
         RETURNING id`,
        [space.id, id(t.author), t.kind, t.title, body, renderMarkdown(body), HTML_VERSION, t.tags, Boolean(t.pinned), Boolean(t.membersOnly), ago(t.hoursAgo)],
      );
      await m.query(`INSERT INTO thread_participants (thread_id, user_id, first_posted_at, last_posted_at) VALUES ($1, $2, now() - $3::interval, now() - $3::interval)`, [thread.id, id(t.author), ago(t.hoursAgo)]);
      const keys = new Map<string, string>();
      for (const c of t.comments) {
        const text = fill(c.body);
        const mentions = text.includes('(user:') ? [id(KOEN)] : [];
        const [row] = await m.query(
          `INSERT INTO comments (thread_id, parent_id, author_id, body, body_html, html_version, mentioned_user_ids, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, date_trunc('milliseconds', now() - $8::interval)) RETURNING id`,
          [thread.id, c.replyTo ? keys.get(c.replyTo) : null, id(c.author), text, renderMarkdown(text), HTML_VERSION, mentions, ago(c.hoursAgo)],
        );
        if (c.key) keys.set(c.key, row.id);
        for (const who of c.usefulBy ?? []) await m.query(`INSERT INTO comment_reactions (comment_id, user_id) VALUES ($1, $2)`, [row.id, id(who)]);
        if (c.accepted) await m.query(`UPDATE threads SET accepted_comment_id = $2, status = 'ANSWERED' WHERE id = $1`, [thread.id, row.id]);
        await m.query(
          `INSERT INTO thread_participants (thread_id, user_id, first_posted_at, last_posted_at) VALUES ($1, $2, now() - $3::interval, now() - $3::interval)
           ON CONFLICT (thread_id, user_id) DO UPDATE SET post_count = thread_participants.post_count + 1, last_posted_at = excluded.last_posted_at`,
          [thread.id, id(c.author), ago(c.hoursAgo)],
        );
      }
      await m.query(
        `UPDATE threads SET reply_count = (SELECT count(*) FROM comments WHERE thread_id = $1),
           last_activity_at = greatest(last_activity_at, coalesce((SELECT max(created_at) FROM comments WHERE thread_id = $1), last_activity_at))
         WHERE id = $1`,
        [thread.id],
      );
    }
  });
}
