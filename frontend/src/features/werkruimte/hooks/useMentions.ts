import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';
import { useQuery } from '@apollo/client/react';
import { MentionCandidatesQuery } from '../graphql/operations';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

export interface MentionScope {
  threadId?: string;
  spaceId?: string;
}

// "@Sofie" or "@Sofie Ver" right before the caret (at most two words).
const TRIGGER = /(?:^|\s)@([\p{L}][\p{L}\p{N}.'-]*(?: [\p{L}\p{N}.'-]*)?)$/u;

/**
 * @mention autocomplete for a textarea: typing "@" and a name shows people who can read the thread
 * or space; choosing one inserts `@[Name](user:<id>)`, which the server stores as a mention.
 */
export function useMentions(
  value: string,
  setValue: (value: string) => void,
  ref: RefObject<HTMLTextAreaElement | null>,
  scope: MentionScope | undefined,
) {
  const [query, setQuery] = useState<{ text: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const debounced = useDebouncedValue(query?.text ?? '', 200);
  const open = Boolean(scope && query && debounced && dismissed !== query.text);
  const { data } = useQuery(MentionCandidatesQuery, {
    variables: { search: debounced, threadId: scope?.threadId ?? null, spaceId: scope?.spaceId ?? null },
    skip: !open,
  });
  const options = open ? (data?.mentionCandidates ?? []) : [];

  /** Call after every change or caret move. */
  const track = useCallback(() => {
    const el = ref.current;
    if (!el || !scope) return;
    const before = el.value.slice(0, el.selectionStart ?? el.value.length);
    const match = TRIGGER.exec(before);
    if (!match) {
      setQuery(null);
      return;
    }
    setQuery({ text: match[1], start: before.length - match[1].length - 1 });
    setActive(0);
  }, [ref, scope]);

  const choose = useCallback(
    (person: { id: string; displayName: string }) => {
      if (!query) return;
      const el = ref.current;
      const caret = el?.selectionStart ?? value.length;
      const insert = `@[${person.displayName.replace(/[[\]]/g, '')}](user:${person.id}) `;
      const next = value.slice(0, query.start) + insert + value.slice(caret);
      setValue(next);
      setQuery(null);
      requestAnimationFrame(() => {
        if (!el) return;
        el.focus();
        const at = query.start + insert.length;
        el.setSelectionRange(at, at);
      });
    },
    [query, ref, setValue, value],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (options.length === 0) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + options.length) % options.length);
      } else if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(options[Math.min(active, options.length - 1)]);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(query?.text ?? null);
      }
    },
    [active, choose, options, query],
  );

  return { options, active, choose, onKeyDown, track };
}
