/**
 * A push-to-pull queue: the hub pushes, graphql-ws pulls. Ends with an error (sent to the client
 * after what was already queued) or when the client stops (return()); either runs `onClose` once.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  private failure: unknown = null;
  private closed = false;
  private fastPath: ((item: T) => boolean) | null = null;

  constructor(
    private readonly onClose: () => void,
    // A client that reads too slowly is cut off rather than allowed to fill memory; it resumes with `after`.
    private readonly maxQueued = 5000,
  ) {}

  get isClosed(): boolean {
    return this.closed || this.failure !== null;
  }

  /**
   * While the reader waits with nothing queued, each new item is offered to `take` first: when it
   * returns true, it has dealt with the item there and then (see subscribeSharing), and the reader
   * goes on waiting. Otherwise, and whenever the reader is busy or items are queued, the item takes
   * the usual way, so the order stays as pushed.
   */
  setFastPath(take: (item: T) => boolean): void {
    this.fastPath = take;
  }

  push(item: T): void {
    if (this.isClosed) return;
    if (this.waiting) {
      if (this.fastPath?.(item)) return;
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: item, done: false });
      return;
    }
    if (this.queue.length >= this.maxQueued) {
      this.fail(new Error('De verbinding kon de berichten niet snel genoeg volgen.'));
      return;
    }
    this.queue.push(item);
  }

  fail(error: unknown): void {
    if (this.isClosed) return;
    this.failure = error;
    this.onClose();
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure !== null) {
      const e = this.failure;
      this.failure = null;
      this.closed = true;
      return Promise.reject(e);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.isClosed) this.onClose();
    this.closed = true;
    this.queue.length = 0;
    if (this.waiting) {
      this.waiting.resolve({ value: undefined, done: true });
      this.waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.fail(error);
    return this.return();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
