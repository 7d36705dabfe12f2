import { keysetAfter, toConnection } from './pagination.js';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const rows = [{ id: id(1), name: 'Aalst' }, { id: id(2), name: 'Brugge' }, { id: id(3), name: 'Gent' }];
const byName = { value: (r: { name: string }) => r.name };

describe('a page of rows as a Relay connection', () => {
  it('keeps the asked number of rows and tells whether there are more', () => {
    const page = toConnection(rows, 2, {}, byName, async () => 3);
    expect(page.edges.map((e) => e.node.name)).toEqual(['Aalst', 'Brugge']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = toConnection(rows.slice(2), 2, { after: 'x' }, byName, async () => 3);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('gives cursors that continue after the row (its sort key and id), first and last alike', () => {
    const page = toConnection(rows, 2, {}, byName, async () => 3);
    expect(keysetAfter({ after: page.edges[1].cursor }, 'b.name', 'b.id', 'ASC', 1)).toEqual({ sql: ' AND (b.name, b.id) > ($1, $2)', params: ['Brugge', id(2)] });
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
    const empty = toConnection([], 2, {}, byName, async () => 0);
    expect([empty.pageInfo.startCursor, empty.pageInfo.endCursor]).toEqual([null, null]);
  });

  it('counts only when totalCount is awaited (as GraphQL does when it is selected), and then once', async () => {
    let counted = 0;
    const page = toConnection(rows, 2, {}, byName, async () => ++counted && 3);
    const copy = { ...page, edges: [] };
    expect(copy.totalCount).toBe(page.totalCount);
    expect(counted).toBe(0);
    expect(await page.totalCount).toBe(3);
    expect(await copy.totalCount).toBe(3);
    expect(counted).toBe(1);
  });
});
