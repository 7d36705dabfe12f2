import { CommittedEvents } from './committed-events.js';
import type { SpaceEventEntity } from './discussion-records.entity.js';

const entry = (position: number) => ({ position: String(position) }) as SpaceEventEntity;
const positions = (rows: SpaceEventEntity[]) => rows.map((r) => Number(r.position));

describe('CommittedEvents', () => {
  it('hands over only a run that follows on from the position, in order', () => {
    const c = new CommittedEvents();
    void c.add([entry(5), entry(6)]);
    void c.add([entry(8)]);
    expect(positions(c.takeAfter(3n, 100))).toEqual([]);
    expect(positions(c.takeAfter(4n, 100))).toEqual([5, 6]);
    // 7 was committed elsewhere: 8 is not handed over until the reader has 7.
    expect(positions(c.takeAfter(6n, 100))).toEqual([]);
    expect(positions(c.takeAfter(7n, 100))).toEqual([8]);
  });

  it('forgets what the reader has already read from the table, and takes no more than asked', () => {
    const c = new CommittedEvents();
    void c.add([entry(1), entry(2), entry(3), entry(4)]);
    expect(positions(c.takeAfter(2n, 1))).toEqual([3]);
    expect(positions(c.takeAfter(0n, 100))).toEqual([]);
    expect(positions(c.takeAfter(3n, 100))).toEqual([4]);
  });

  it('waits for the hub: add resolves when the listener says the entries are handed out', async () => {
    const c = new CommittedEvents();
    const heard: bigint[] = [];
    let release!: () => void;
    c.listen((last) => {
      heard.push(last);
      return new Promise((r) => (release = r));
    });
    let done = false;
    const added = c.add([entry(9), entry(10)]).then(() => (done = true));
    await Promise.resolve();
    expect(heard).toEqual([10n]);
    expect(done).toBe(false);
    release();
    await added;
    expect(done).toBe(true);
  });
});
