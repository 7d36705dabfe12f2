import type { SessionSocket } from '../../../app/sessionSocket';

type Listener = (...args: unknown[]) => void;

/** A stand-in for the session's socket.io connection in component tests. */
export class FakeSocket implements SessionSocket {
  connected = false;
  readonly sent: Array<{ event: string; args: unknown[] }> = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  /** How the "server" answers what the client emits. */
  onEmit: (event: string, args: unknown[]) => void = () => {};

  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, ...args: unknown[]) {
    this.sent.push({ event, args });
    this.onEmit(event, args);
    return this;
  }

  /** The server sends `event`. */
  receive(event: string, ...args: unknown[]) {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }

  connect() {
    this.connected = true;
    this.receive('connect');
  }

  disconnect() {
    this.connected = false;
    this.receive('disconnect', 'transport close');
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.size ?? 0;
  }
}
