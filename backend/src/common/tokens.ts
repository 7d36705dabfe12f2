import { Inject } from '@nestjs/common';

/** Injection tokens for values built at start-up. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const REDIS = Symbol('REDIS');
export const PUB_SUB = Symbol('PUB_SUB');

export const InjectConfig = () => Inject(APP_CONFIG);
export const InjectRedis = () => Inject(REDIS);
export const InjectPubSub = () => Inject(PUB_SUB);
