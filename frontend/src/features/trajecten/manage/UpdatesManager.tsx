import { useRef, useState } from 'react';
import type { MilestoneFieldsFragment, ProgressUpdateFieldsFragment } from '../../../generated/graphql';
import { Alert } from '../../../ui/Alert';
import { UpdateEditor } from './UpdateEditor';
import { UpdatesList } from './UpdatesList';

export interface UpdatesManagerProps {
  trajectId: string;
  milestones: readonly MilestoneFieldsFragment[];
}

/** The editor plus the team's lists of drafts, scheduled and published updates. */
export function UpdatesManager({ trajectId, milestones }: UpdatesManagerProps) {
  const [editing, setEditing] = useState<ProgressUpdateFieldsFragment | null>(null);
  // A new key gives a fresh, empty editor after each save.
  const [editorKey, setEditorKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const topRef = useRef<HTMLDivElement>(null);

  function done(text: string) {
    setEditing(null);
    setEditorKey((k) => k + 1);
    setMessage(text);
    requestAnimationFrame(() => topRef.current?.focus());
  }

  function edit(update: ProgressUpdateFieldsFragment) {
    setMessage(null);
    setEditing(update);
    setEditorKey((k) => k + 1);
    requestAnimationFrame(() => topRef.current?.scrollIntoView?.({ block: 'start' }));
  }

  return (
    <>
      <div ref={topRef} tabIndex={-1} className="tj-focus-target">
        {message && <Alert variant="success">{message}</Alert>}
      </div>
      <UpdateEditor
        key={editorKey}
        trajectId={trajectId}
        milestones={milestones}
        editing={editing}
        onDone={done}
        onCancel={
          editing
            ? () => {
                setEditing(null);
                setEditorKey((k) => k + 1);
              }
            : undefined
        }
      />
      <UpdatesList trajectId={trajectId} status="SCHEDULED" onEdit={edit} onChanged={setMessage} />
      <UpdatesList trajectId={trajectId} status="DRAFT" onEdit={edit} onChanged={setMessage} />
      <UpdatesList trajectId={trajectId} status="PUBLISHED" onEdit={edit} onChanged={setMessage} />
    </>
  );
}
