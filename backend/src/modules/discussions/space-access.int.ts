import { randomUUID } from 'node:crypto';
import { createUser, startTestApp, type TestApp } from '../../test/harness.js';
import { spaceId } from '../../test/discussions.fixtures.js';
import { SpaceAccessService } from './space-access.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 60_000);
afterAll(async () => {
  await app?.stop();
});

const coordinate = (userId: string, slug: string) =>
  app.ds.query(`INSERT INTO region_coordinators (region_id, user_id) SELECT id, $2 FROM regions WHERE slug = $1`, [slug, userId]);

describe('roles of many people at once (what the event hub asks for every entry)', () => {
  it('gives each person their own standing, however many share it and in whatever order they are asked for', async () => {
    const [gent, antwerpen, central] = await Promise.all(['regio-gent', 'regio-antwerpen', 'centraal'].map((s) => spaceId(app, s)));
    const gentse = await Promise.all(Array.from({ length: 5 }, () => createUser(app, { bestuurCode: '44021' })));
    const antwerpenaar = await createUser(app, { bestuurCode: '11002' });
    const coordinator = await createUser(app, { bestuurCode: '11002' });
    await coordinate(coordinator.id, 'regio-gent');
    const twoRegions = await createUser(app, { bestuurCode: '11002' });
    // Added in the other order than `coordinator`'s would sort: the same standing must still be told apart from it.
    await coordinate(twoRegions.id, 'regio-gent');
    await coordinate(twoRegions.id, 'regio-antwerpen');
    const moderator = await createUser(app, { bestuurCode: '44021' });
    await app.ds.query(`INSERT INTO space_moderators (space_id, user_id) VALUES ($1, $2)`, [central, moderator.id]);
    const admin = await createUser(app, { admin: true });
    const unknown = randomUUID();
    const everyone = [gentse[0].id, antwerpenaar.id, gentse[1].id, coordinator.id, unknown, gentse[2].id, twoRegions.id, moderator.id,
      gentse[3].id, admin.id, gentse[4].id];

    const access = app.app.get(SpaceAccessService);
    const table = await access.table(everyone, [gent, antwerpen, central]);
    const roles = (id: string) => [gent, antwerpen, central].map((s) => {
      const r = table.role(id, s);
      return [r.read, r.post, r.member, r.moderate, r.announce].map(Number).join('');
    });
    // read post member moderate announce, in Gent, Antwerpen and the central space
    for (const g of gentse) expect(roles(g.id)).toEqual(['11100', '11000', '11100']);
    expect(roles(antwerpenaar.id)).toEqual(['11000', '11100', '11100']);
    expect(roles(coordinator.id)).toEqual(['11111', '11100', '11100']);
    expect(roles(twoRegions.id)).toEqual(['11111', '11111', '11100']);
    expect(roles(moderator.id)).toEqual(['11100', '11000', '11100']);
    expect(roles(admin.id)).toEqual(['11111', '11111', '11111']);
    expect(roles(unknown)).toEqual(['00000', '00000', '00000']);

    // Asked one at a time, everyone's roles are the same as asked all together.
    for (const id of everyone) {
      const alone = await access.table([id], [gent, antwerpen, central]);
      for (const s of [gent, antwerpen, central]) expect(alone.role(id, s)).toEqual(table.role(id, s));
    }
  });
});
