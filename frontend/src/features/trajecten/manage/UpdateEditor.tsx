import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MilestoneFieldsFragment, MilestoneStatus, ProgressUpdateFieldsFragment } from '../../../generated/graphql';
import {
  CreateProgressUpdateMutation,
  PublishProgressUpdateMutation,
  ScheduleProgressUpdateMutation,
  UpdateProgressUpdateMutation,
} from '../graphql/manage';
import { MILESTONE_STATUSES } from '../labels';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/FormField';
import { MarkdownEditor } from './MarkdownEditor';
import { PublishWhen, type When } from './PublishWhen';
import { fromLocalInput, toLocalInput } from './schedule';

const FIELDS = ['title', 'body', 'milestoneChanges', 'publishAt'] as const;
const REFETCH = ['ProgressUpdates', 'Traject'];

export interface UpdateEditorProps {
  trajectId: string;
  milestones: readonly MilestoneFieldsFragment[];
  /** An existing update to edit (draft, scheduled or published); a new one otherwise. */
  editing?: ProgressUpdateFieldsFragment | null;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

/** Write a voortgangsbericht: Markdown with preview, milestone changes, progress, and when to publish. */
export function UpdateEditor({ trajectId, milestones, editing = null, onDone, onCancel }: UpdateEditorProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const published = editing?.status === 'PUBLISHED';
  const [title, setTitle] = useState(editing?.title ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [changes, setChanges] = useState<Record<string, MilestoneStatus | ''>>(() =>
    Object.fromEntries((editing?.milestoneChanges ?? []).flatMap((c) => (c.milestone ? [[c.milestone.id, c.status]] : []))),
  );
  const [attachProgress, setAttachProgress] = useState(editing?.attachProgress ?? true);
  const [when, setWhen] = useState<When>(editing?.status === 'SCHEDULED' ? 'schedule' : editing ? 'draft' : 'now');
  const [publishAt, setPublishAt] = useState(editing?.publishAt ? toLocalInput(new Date(editing.publishAt)) : '');
  const [draftId, setDraftId] = useState<string | null>(editing?.id ?? null);
  const form = useFormErrors(FIELDS);
  const [create, createState] = useMutation(CreateProgressUpdateMutation);
  const [update, updateState] = useMutation(UpdateProgressUpdateMutation);
  const [schedule, scheduleState] = useMutation(ScheduleProgressUpdateMutation, { refetchQueries: REFETCH });
  const [publish, publishState] = useMutation(PublishProgressUpdateMutation, { refetchQueries: REFETCH });
  const busy = createState.loading || updateState.loading || scheduleState.loading || publishState.loading;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const at = when === 'schedule' ? fromLocalInput(publishAt) : null;
    const ok = form.validate({
      title: title.trim().length < 3 ? t('trajecten.editor.titleRequired') : undefined,
      body: body.trim() ? undefined : t('trajecten.editor.bodyRequired'),
      publishAt:
        when !== 'schedule' || published ? undefined
        : !at ? t('trajecten.editor.publishAtRequired')
        : at.getTime() <= Date.now() ? t('trajecten.editor.publishAtPast')
        : undefined,
    });
    if (!ok) return;
    const milestoneChanges = Object.entries(changes)
      .filter(([, status]) => status)
      .map(([milestoneId, status]) => ({ milestoneId, status: status as MilestoneStatus }));
    let updateId = draftId;
    try {
      if (!updateId) {
        const result = await create({
          variables: { input: { trajectId, title: title.trim(), body, milestoneChanges, attachProgress } },
          refetchQueries: when === 'draft' ? REFETCH : [],
        });
        updateId = result.data?.createProgressUpdate.id ?? null;
        setDraftId(updateId);
      } else {
        await update({
          variables: {
            input: published
              ? { updateId, title: title.trim(), body }
              : { updateId, title: title.trim(), body, milestoneChanges, attachProgress },
          },
          refetchQueries: when === 'draft' || published ? REFETCH : [],
        });
      }
      if (!updateId) return;
      if (published) {
        onDone(t('trajecten.editor.done.edited', { title: title.trim() }));
      } else if (when === 'now') {
        await publish({ variables: { input: { updateId } } });
        onDone(t('trajecten.editor.done.published', { title: title.trim() }));
      } else if (when === 'schedule' && at) {
        await schedule({ variables: { input: { updateId, publishAt: at.toISOString() } } });
        onDone(t('trajecten.editor.done.scheduled', { title: title.trim() }));
      } else {
        if (editing?.status === 'SCHEDULED') await schedule({ variables: { input: { updateId, publishAt: null } } });
        onDone(t('trajecten.editor.done.draft', { title: title.trim() }));
      }
    } catch (e) {
      const apiError = toApiError(e);
      const saved = updateId && !editing ? ` ${t('trajecten.editor.savedAsDraft')}` : '';
      form.showApiError(apiError, `${errorMessage(apiError)}${saved}`);
    }
  }

  const submitLabel = published
    ? t('common.save')
    : t(`trajecten.editor.submit.${when}`);

  return (
    <form className="form tj-editor" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{editing ? t('trajecten.editor.editTitle', { title: editing.title }) : t('trajecten.editor.newTitle')}</h3>
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField
        label={t('trajecten.editor.title')}
        required
        maxLength={200}
        value={title}
        onValueChange={setTitle}
        error={form.fieldErrors.title}
        inputRef={form.register('title')}
      />
      <MarkdownEditor
        label={t('trajecten.editor.body')}
        required
        value={body}
        onChange={setBody}
        error={form.fieldErrors.body}
        textareaRef={form.register('body')}
      />
      {!published && milestones.length > 0 && (
        <fieldset className="tj-fieldset" aria-describedby={form.fieldErrors.milestoneChanges ? `${id}-mc-error` : undefined}>
          <legend className="field__label">{t('trajecten.editor.milestones')}</legend>
          <p className="field__hint">{t('trajecten.editor.milestonesHint')}</p>
          {form.fieldErrors.milestoneChanges && (
            <p id={`${id}-mc-error`} className="field__error">
              {form.fieldErrors.milestoneChanges}
            </p>
          )}
          {milestones.map((m) => (
            <div key={m.id} className="field tj-inline-field">
              <label htmlFor={`${id}-ms-${m.id}`}>{m.title}</label>
              <select
                id={`${id}-ms-${m.id}`}
                className="input"
                value={changes[m.id] ?? ''}
                aria-describedby={`${id}-ms-${m.id}-now`}
                onChange={(e) => setChanges({ ...changes, [m.id]: e.target.value as MilestoneStatus | '' })}
              >
                <option value="">{t('trajecten.editor.noChange')}</option>
                {MILESTONE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`trajecten.milestoneStatus.${status}`)}
                  </option>
                ))}
              </select>
              <span id={`${id}-ms-${m.id}-now`} className="field__hint">
                {t('trajecten.editor.currently', { status: t(`trajecten.milestoneStatus.${m.status}`) })}
              </span>
            </div>
          ))}
        </fieldset>
      )}
      {!published && (
        <div className="tj-check">
          <input id={`${id}-attach`} type="checkbox" checked={attachProgress} onChange={(e) => setAttachProgress(e.target.checked)} />
          <label htmlFor={`${id}-attach`}>{t('trajecten.editor.attachProgress')}</label>
        </div>
      )}
      {!published && (
        <PublishWhen
          when={when}
          onWhenChange={setWhen}
          publishAt={publishAt}
          onPublishAtChange={setPublishAt}
          error={form.fieldErrors.publishAt}
          inputRef={form.register('publishAt')}
        />
      )}
      <div className="actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
