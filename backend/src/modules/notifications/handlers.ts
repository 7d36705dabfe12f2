import type { EntityManager } from 'typeorm';
import type { FanoutSpec, LogEvent } from './fanout.js';

/** What a handler gets: the consumer's transaction, and the fan-out that records who was notified. */
export interface HandlerContext {
  m: EntityManager;
  fan: (spec: FanoutSpec) => Promise<void>;
}

/** Turns one log entry into notifications (and automatic follows), inside the consumer's transaction. */
export type Handler = (event: LogEvent, ctx: HandlerContext) => Promise<void>;
