import { useCallback, useState } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  ProgressUpdatePublishedSubscription,
  ProgressUpdatesQuery,
  TrajectChangedSubscription,
  TrajectRolloutQuery,
} from '../graphql/operations';
import { updatesVariables } from '../components/UpdatesTimeline';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

const KEEP_MESSAGES = 3;
/** Resubscribe with the new `after` once a burst of events (one change often makes several) is over. */
const RESUME_DELAY_MS = 1000;

/** Positions are bigints as strings: keep the later one. */
function later(previous: string | null, position: string): string {
  return previous !== null && BigInt(previous) >= BigInt(position) ? previous : position;
}

/**
 * Live traject page. `trajectChanged` carries the traject as it is now (normalised into the cache, so
 * header, milestones and chart follow by themselves); `progressUpdatePublished` adds new updates to
 * the timeline. Each stream resubscribes with the last position it received as `after`, so a
 * reconnect (graphql-ws retries with the current variables) resumes without losing events; an event
 * seen twice around a resubscription changes nothing (cache writes, de-duplicated list and messages).
 */
export function useTrajectLive(trajectId: string | undefined) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [changedSeen, setChangedSeen] = useState<string | null>(null);
  const [publishedSeen, setPublishedSeen] = useState<string | null>(null);
  const changedAfter = useDebouncedValue(changedSeen, RESUME_DELAY_MS);
  const publishedAfter = useDebouncedValue(publishedSeen, RESUME_DELAY_MS);
  const [messages, setMessages] = useState<readonly { id: string; text: string }[]>([]);
  const [freshIds, setFreshIds] = useState<ReadonlySet<string>>(() => new Set());

  const announce = useCallback((id: string, text: string) => {
    setMessages((previous) =>
      previous.some((m) => m.id === id) ? previous : [...previous, { id, text }].slice(-KEEP_MESSAGES),
    );
  }, []);

  useSubscription(TrajectChangedSubscription, {
    skip: !trajectId,
    variables: { trajectId: trajectId ?? '', after: changedAfter },
    ignoreResults: true,
    onData: ({ data }) => {
      const event = data.data?.trajectChanged;
      if (!event) return;
      setChangedSeen((previous) => later(previous, event.position));
      switch (event.type) {
        case 'ROLLOUT_CHANGED':
        case 'PARTICIPATION_DECIDED':
          void client.refetchQueries({ include: [TrajectRolloutQuery] });
          break;
        case 'PROGRESS_CHANGED':
          announce(event.position, t('trajecten.live.progress', { value: event.traject.progress }));
          break;
        case 'MILESTONE_REACHED':
          if (event.milestone) announce(event.position, t('trajecten.live.milestone', { title: event.milestone.title }));
          break;
        default:
          break;
      }
    },
  });

  useSubscription(ProgressUpdatePublishedSubscription, {
    skip: !trajectId,
    variables: { trajectId: trajectId ?? '', after: publishedAfter },
    ignoreResults: true,
    onData: ({ data }) => {
      const event = data.data?.progressUpdatePublished;
      if (!event || !trajectId) return;
      setPublishedSeen((previous) => later(previous, event.position));
      const { update } = event;
      client.cache.updateQuery({ query: ProgressUpdatesQuery, variables: updatesVariables(trajectId) }, (previous) => {
        if (!previous || previous.progressUpdates.edges.some((edge) => edge.node.id === update.id)) return previous;
        return {
          progressUpdates: {
            ...previous.progressUpdates,
            totalCount: previous.progressUpdates.totalCount + 1,
            edges: [
              { __typename: 'ProgressUpdateEdge' as const, cursor: `live-${update.id}`, node: update },
              ...previous.progressUpdates.edges,
            ],
          },
        };
      });
      setFreshIds((previous) => new Set(previous).add(update.id));
      announce(event.position, t('trajecten.live.update', { title: update.title }));
    },
  });

  return { messages, freshIds };
}
