import { useCallback, useEffect, useRef, useState } from 'react';
import { useSessionSocketClient } from '../../../app/sessionSocket';

export interface PresentPerson {
  id: string;
  displayName: string;
}

/** How long "… is aan het typen" stays after the last typing signal. */
export const TYPING_VISIBLE_MS = 5000;
/** The server takes one typing signal per 2 s per thread; we send no more than that. */
const TYPING_SEND_INTERVAL_MS = 2000;

interface Typist extends PresentPerson {
  until: number;
}

type Ack = { ok?: boolean; viewers?: PresentPerson[] } | undefined;

/**
 * Who is reading this thread now, and who is typing: ephemeral, over the session's socket.io
 * connection (app/sessionSocket). Joins the thread's room on every (re)connect; leaves on unmount.
 */
export function useThreadPresence(threadId: string, meId: string | null) {
  const socket = useSessionSocketClient();
  const [viewers, setViewers] = useState<PresentPerson[]>([]);
  const [typists, setTypists] = useState<Typist[]>([]);
  const lastSent = useRef(0);

  useEffect(() => {
    if (!socket) return undefined;
    const join = () => {
      socket.emit('thread:join', { threadId }, (ack: Ack) => {
        if (ack?.ok && Array.isArray(ack.viewers)) setViewers(ack.viewers);
      });
    };
    const onViewers = (payload: unknown) => {
      const p = payload as { threadId?: string; viewers?: PresentPerson[] } | undefined;
      if (p?.threadId === threadId && Array.isArray(p.viewers)) setViewers(p.viewers);
    };
    const onTyping = (payload: unknown) => {
      const p = payload as { threadId?: string; user?: PresentPerson } | undefined;
      const user = p?.user;
      if (p?.threadId !== threadId || !user || user.id === meId) return;
      const until = Date.now() + TYPING_VISIBLE_MS;
      setTypists((list) => [...list.filter((x) => x.id !== user.id), { id: user.id, displayName: user.displayName, until }]);
    };
    socket.on('connect', join);
    socket.on('thread:viewers', onViewers);
    socket.on('thread:typing', onTyping);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      socket.off('thread:viewers', onViewers);
      socket.off('thread:typing', onTyping);
      if (socket.connected) socket.emit('thread:leave', { threadId });
      setViewers([]);
      setTypists([]);
    };
  }, [socket, threadId, meId]);

  // Forget typists whose last signal is too old.
  useEffect(() => {
    if (typists.length === 0) return undefined;
    const next = Math.min(...typists.map((p) => p.until)) - Date.now();
    const timer = setTimeout(() => setTypists((list) => list.filter((p) => p.until > Date.now())), Math.max(0, next) + 50);
    return () => clearTimeout(timer);
  }, [typists]);

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastSent.current < TYPING_SEND_INTERVAL_MS) return;
    lastSent.current = now;
    socket.emit('thread:typing', { threadId });
  }, [socket, threadId]);

  /** Someone's comment arrived: they are no longer typing it. */
  const stoppedTyping = useCallback((userId: string) => {
    setTypists((list) => list.filter((p) => p.id !== userId));
  }, []);

  return { viewers, typists: typists as PresentPerson[], notifyTyping, stoppedTyping };
}
