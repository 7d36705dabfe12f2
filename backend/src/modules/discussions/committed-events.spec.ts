import { CommittedEvents } from './committed-events.js';
import { SpaceEventEntity } from './discussion-records.entity.js';
import { fromNoticeEntry, toNoticeEntry } from './event-log.js';

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

  it('keeps entries another instance announced without waking anyone, and hands them over like its own', () => {
    const c = new CommittedEvents();
    const heard: bigint[] = [];
    c.listen(async (last) => void heard.push(last));
    c.remember([entry(12), entry(13)]);
    expect(heard).toEqual([]);
    void c.add([entry(14)]);
    expect(positions(c.takeAfter(11n, 100))).toEqual([12, 13, 14]);
  });

  it('gets an entry from a notice as it was written, after JSON (as through Redis)', () => {
    const written = Object.assign(new SpaceEventEntity(), {
      position: '9007199254740993', spaceId: 'a1b2c3d4-0000-4000-8000-000000000001', threadId: null, actorId: 'a1b2c3d4-0000-4000-8000-000000000002',
      type: 'COMMENT_ADDED', payload: { commentId: 'x', nested: { list: [1, 'twee'] } }, createdAt: new Date('2026-11-29T10:11:12.345Z'),
    });
    const read = fromNoticeEntry(JSON.parse(JSON.stringify(toNoticeEntry(written))));
    expect(read).toBeInstanceOf(SpaceEventEntity);
    expect(read).toEqual(written);
  });
});
