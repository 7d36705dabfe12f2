import type { ServerResponse } from 'node:http';
import type { GraphqlHttpRequest } from './graphql-http.js';
import type { Loaders } from './loaders.js';
import type { Viewer } from './viewer.js';

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

/** What every resolver receives, over HTTP and over WebSocket alike. */
export interface GqlContext {
  viewer: Viewer | null;
  loaders: Loaders;
  requestId: string;
  meta: RequestMeta;
  secureCookies: boolean;
  /** Adds a Set-Cookie header (HTTP only; a no-op over WebSocket). */
  setCookie: (cookie: string) => void;
  req?: GraphqlHttpRequest;
  res?: ServerResponse;
}
