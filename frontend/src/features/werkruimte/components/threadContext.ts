import { createContext, useContext } from 'react';
import type { CommentFieldsFragment } from '../../../generated/graphql';

export interface ThreadContextValue {
  threadId: string;
  spaceId: string;
  acceptedAnswerId: string | null;
  /** Comments after this moment are "nieuw sinds je laatste bezoek". */
  lastReadAt: string | null;
  meId: string | null;
  /** Our own comment or reply was posted: show it at once. */
  onPosted: (comment: Pick<CommentFieldsFragment, 'id' | 'parentId'>) => void;
  onTyping: () => void;
}

export const ThreadContext = createContext<ThreadContextValue | null>(null);

export function useThreadContext(): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (!value) throw new Error('useThreadContext outside a ThreadContext');
  return value;
}
