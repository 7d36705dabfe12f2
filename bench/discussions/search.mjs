#!/usr/bin/env node
// Search over 200,000 generated comments (and 2,000 threads) in their own database: p50/p99 of
// typical Dutch queries through the full app (searchDiscussions over GraphQL) and, side by side, a
// bare pg query that ranks every match with no cap. Target: p99 ≤ 50 ms.
// Usage: node bench/discussions/search.mjs [--comments 200000] [--rounds 20] [--keep]
// --keep leaves the database behind (its name is printed) for EXPLAIN; drop it yourself afterwards.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDatabase, ensureBuilt, keepDatabase, f, gql, header, peopleWithSessions, progress, row, runMain, startApp, stats, stopChild, verdict } from './lib.mjs';

const { values } = parseArgs({ strict: false, options: { comments: { type: 'string', default: '200000' }, rounds: { type: 'string', default: '20' }, keep: { type: 'boolean', default: false } } });
const COMMENTS = Number(values.comments);
const THREADS = Math.max(1, Math.round(COMMENTS / 100));
const ROUNDS = Number(values.rounds);

const WORDS = `de het een en van in met voor op dat is we ons onze wij zij niet ook nog al bij naar door om te moeten kunnen hebben worden
  burgerlijke stand aangifte overlijden geboorte huwelijk rijksregister magda machtiging sociale dienst leefloon ocmw gemeente bestuur
  informatieveiligheid informatieveiligheidsconsulent privacy gegevens koppeling koppelen leverancier software testomgeving acceptatie
  productie dossier adres adreswijziging verhuis attest uittreksel e-loket aanvraag omgevingsvergunning archief bestek aanbesteding
  contract budget planning opleiding medewerker balie burger digitaal digitale platform toegang beveiliging certificaat eid itsme
  formulier sjabloon werkinstructie handleiding ervaring vraag antwoord oplossing probleem fout melding update versie integratie
  webservice kruispuntbank federale vlaamse overheid regio kenniskring coördinator samenwerking intergemeentelijke vereniging
  beraadslaging informatieveiligheidscomité register akte begrafenisondernemer arts school kinderopvang vergunning belasting
  facturatie boekhouding personeel rekruteren cloud server netwerk back-up herstel incident datalek verwerkersovereenkomst
  toestemming bewaartermijn ontwerp analyse test migratie conversie gebruikers rechten rollen beheer`.split(/\s+/).filter(Boolean);

export const QUERIES = [
  'burgerlijke stand', 'aangifte overlijden', 'magda machtiging', 'informatieveiligheidsconsulent', 'rijksregister adreswijziging',
  'leverancier koppeling testomgeving', 'sociale dienst leefloon', '"digitale aangifte"', 'e-loket -omgevingsvergunning', 'archief bestek aanbesteding',
];

export async function generate(pool, authorId) {
  const words = `ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]`;
  const t0 = performance.now();
  await pool.query(
    `INSERT INTO threads (space_id, author_id, kind, title, body, body_html, html_version)
     SELECT s.ids[1 + g % cardinality(s.ids)], $1, (ARRAY['VRAAG','DISCUSSIE','MEDEDELING'])[1 + g % 3], x.title, x.body, '<p>' || x.body || '</p>', 1
     FROM generate_series(1, ${THREADS}) g
     CROSS JOIN (SELECT array_agg(id ORDER BY slug) AS ids FROM spaces) s
     CROSS JOIN LATERAL (SELECT
       (SELECT string_agg((${words})[1 + abs(hashtext(g || ':t:' || k)) % ${WORDS.length}], ' ') FROM generate_series(1, 8) k) AS title,
       (SELECT string_agg((${words})[1 + abs(hashtext(g || ':b:' || k)) % ${WORDS.length}], ' ') FROM generate_series(1, 60) k) AS body) x`,
    [authorId],
  );
  progress(`${THREADS} threads in ${Math.round(performance.now() - t0)} ms`);
  const t1 = performance.now();
  // One INSERT … SELECT generate_series, so the stored tsvectors and the GIN index fill as in production.
  await pool.query(
    `INSERT INTO comments (thread_id, author_id, body, body_html, html_version)
     SELECT t.ids[1 + g % cardinality(t.ids)], $1, x.body, '<p>' || x.body || '</p>', 1
     FROM generate_series(1, ${COMMENTS}) g
     CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM threads) t
     CROSS JOIN LATERAL (SELECT string_agg((${words})[1 + abs(hashtext(g || ':' || k)) % ${WORDS.length}], ' ') AS body
                         FROM generate_series(1, 25 + g % 20) k) x`,
    [authorId],
  );
  await pool.query(`UPDATE threads t SET reply_count = c.n FROM (SELECT thread_id, count(*) AS n FROM comments GROUP BY thread_id) c WHERE c.thread_id = t.id`);
  await pool.query('VACUUM ANALYZE threads');
  await pool.query('VACUUM ANALYZE comments');
  progress(`${COMMENTS} comments in ${Math.round(performance.now() - t1)} ms`);
}

// What a plain implementation would do: rank every match, then highlight the best 20.
const BARE = `WITH q AS (SELECT websearch_to_tsquery('dutch', $1) AS q),
  hits AS (
    SELECT t.id AS thread_id, NULL::uuid AS comment_id, ts_rank_cd(t.search, q.q) * 2 AS rank FROM threads t, q WHERE t.search @@ q.q
    UNION ALL
    SELECT c.thread_id, c.id, ts_rank_cd(c.search, q.q) FROM comments c, q WHERE c.search @@ q.q AND c.deleted_at IS NULL
  ),
  best AS (SELECT DISTINCT ON (thread_id) * FROM hits ORDER BY thread_id, rank DESC),
  page AS (SELECT * FROM best ORDER BY rank DESC, thread_id LIMIT 20)
  SELECT p.thread_id, p.comment_id, p.rank, ts_headline('dutch', coalesce(c.body, t.body), q.q) AS snippet
  FROM page p JOIN threads t ON t.id = p.thread_id LEFT JOIN comments c ON c.id = p.comment_id, q ORDER BY p.rank DESC`;

const SEARCH = `query($q: String!) { searchDiscussions(query: $q, first: 20) { rank snippet thread { id title } comment { id } } }`;

export async function search() {
  ensureBuilt();
  const db = await createDatabase('kw_bench_search');
  progress(`database ${db.name}`);
  if (values.keep) keepDatabase(db.name);
  const app = await startApp('GraphQL app', db.url);
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const [viewer] = await peopleWithSessions(pool, 1);
  await generate(pool, viewer.id);
  const headers = { cookie: viewer.cookie, origin: app.origin };
  const counts = {};
  for (const q of QUERIES) {
    const hits = (await gql(app.port, SEARCH, { q }, headers)).searchDiscussions;
    counts[q] = hits.length;
    await pool.query(BARE, [q]);
  }
  progress(`hits per query (first 20): ${QUERIES.map((q) => counts[q]).join(', ')}`);
  const samples = { gql: [], bare: [] };
  const perQuery = new Map(QUERIES.map((q) => [q, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      let t = performance.now();
      await gql(app.port, SEARCH, { q }, headers);
      samples.gql.push(performance.now() - t);
      perQuery.get(q).push(performance.now() - t);
      t = performance.now();
      await pool.query(BARE, [q]);
      samples.bare.push(performance.now() - t);
    }
  }
  const slowest = [...perQuery].map(([q, v]) => [q, stats(v).p50]).sort((a, b) => b[1] - a[1]).slice(0, 3);
  progress(`slowest queries (p50): ${slowest.map(([q, ms]) => `${q} ${f(ms, 1)} ms`).join('; ')}`);
  const { rows: [{ matches }] } = await pool.query(`SELECT count(*)::int AS matches FROM comments, websearch_to_tsquery('dutch', $1) q WHERE search @@ q`, [QUERIES[0]]);
  await pool.end();
  await stopChild(app.child);
  return { gql: stats(samples.gql), bare: stats(samples.bare), matches };
}

export function report({ gql: g, bare, matches }) {
  const w = [46, 9, 9, 9, 8];
  return [
    ...header(`Search: ${COMMENTS.toLocaleString('en')} comments, ${THREADS.toLocaleString('en')} threads, ${QUERIES.length} Dutch queries × ${ROUNDS}, one at a time`),
    row(['', 'p50 ms', 'p99 ms', 'max ms', 'queries'], w),
    row(['searchDiscussions (full app, capped ranking)', f(g.p50, 2), f(g.p99, 2), f(g.max, 1), g.n], w),
    row(['bare pg: rank every match, no cap', f(bare.p50, 2), f(bare.p99, 2), f(bare.max, 1), bare.n], w),
    `("${QUERIES[0]}" alone matches ${matches.toLocaleString('en')} comments.)`,
    `Target: p99 ≤ 50 ms → ${f(g.p99, 1)} ms ${verdict(g.p99 <= 50)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) runMain(async () => console.log(report(await search())));
