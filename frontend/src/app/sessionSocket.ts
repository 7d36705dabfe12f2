import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * The one socket.io connection of a signed-in session, shared by every feature.
 * `useSessionSocket` (auth) opens it and publishes it here; features listen with
 * `useSocketEvent` / `useSocketConnect` instead of opening a connection of their own.
 */
export interface SessionSocket {
  readonly connected: boolean;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
}

let current: SessionSocket | null = null;
const subscribers = new Set<() => void>();

/** Called by the owner of the connection when it opens (socket) and closes (null). */
export function publishSessionSocket(socket: SessionSocket | null): void {
  if (current === socket) return;
  current = socket;
  for (const notify of subscribers) notify();
}

function subscribe(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

const snapshot = () => current;

/** The session's socket, or null while signed out or not (yet) connected. */
export function useSessionSocketClient(): SessionSocket | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/** Calls `handler` for every `event` the server sends on the session socket. */
export function useSocketEvent<T>(event: string, handler: (payload: T) => void): void {
  const socket = useSessionSocketClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!socket) return undefined;
    const listener = (payload: T) => latest.current(payload);
    socket.on(event, listener as (...args: unknown[]) => void);
    return () => {
      socket.off(event, listener as (...args: unknown[]) => void);
    };
  }, [socket, event]);
}

/**
 * Calls `handler` whenever the session socket (re)connects, and at once if it already is:
 * the place to ask the server for state that may have changed while disconnected.
 */
export function useSocketConnect(handler: (socket: SessionSocket) => void): void {
  const socket = useSessionSocketClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!socket) return undefined;
    const listener = () => latest.current(socket);
    socket.on('connect', listener);
    if (socket.connected) listener();
    return () => {
      socket.off('connect', listener);
    };
  }, [socket]);
}
