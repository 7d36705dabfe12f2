import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ThreadDetailFieldsFragment } from '../../../generated/graphql';
import { UpdateThreadMutation } from '../graphql/mutations';
import { MAX_TAGS, parseTags } from '../lib/tags';
import { MarkdownEditor } from './MarkdownEditor';
import { MAX_THREAD_BODY } from './NewThreadForm';
import { useFormErrors, type FieldErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useWerkruimteErrorMessage } from '../hooks/useWerkruimteErrorMessage';
import { TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['title', 'body', 'tags'] as const;
type Field = (typeof FIELDS)[number];

/** Edit the title, opening post and tags; the earlier version stays viewable. */
export function ThreadEditForm({ thread, onDone }: { thread: ThreadDetailFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useWerkruimteErrorMessage();
  const [title, setTitle] = useState(thread.title);
  const [body, setBody] = useState(thread.body);
  const [tags, setTags] = useState(thread.tags.join(', '));
  const [update, { loading }] = useMutation(UpdateThreadMutation);
  const form = useFormErrors(FIELDS);

  function clientErrors(): FieldErrors<Field> {
    const length = title.trim().length;
    return {
      title: length >= 3 && length <= 200 ? undefined : t('werkruimte.newThread.errors.titleLength'),
      body: !body.trim()
        ? t('werkruimte.newThread.errors.bodyRequired')
        : body.length > MAX_THREAD_BODY
          ? t('werkruimte.newThread.errors.bodyTooLong', { max: MAX_THREAD_BODY.toLocaleString('nl-BE') })
          : undefined,
      tags: parseTags(tags).length > MAX_TAGS ? t('werkruimte.newThread.errors.tooManyTags') : undefined,
    };
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!form.validate(clientErrors())) return;
    try {
      await update({ variables: { input: { threadId: thread.id, title: title.trim(), body, tags: parseTags(tags) } } });
      onDone();
    } catch (error) {
      const apiError = toApiError(error);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form wr-form">
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <TextField
        label={t('werkruimte.newThread.titleLabel')}
        name="title"
        required
        maxLength={200}
        value={title}
        onValueChange={setTitle}
        error={form.fieldErrors.title}
        inputRef={form.register('title')}
        autoFocus
      />
      <MarkdownEditor
        label={t('werkruimte.newThread.body')}
        name="body"
        required
        rows={10}
        value={body}
        onChange={setBody}
        maxLength={MAX_THREAD_BODY}
        error={form.fieldErrors.body}
        textareaRef={form.register('body')}
        mentionScope={{ threadId: thread.id }}
      />
      <TextField
        label={t('werkruimte.newThread.tags')}
        hint={t('werkruimte.newThread.tagsHint')}
        name="tags"
        value={tags}
        onValueChange={setTags}
        error={form.fieldErrors.tags}
        inputRef={form.register('tags')}
      />
      <div className="actions">
        <Button type="submit" busy={loading}>
          {t('werkruimte.composer.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('werkruimte.composer.cancel')}
        </Button>
      </div>
    </form>
  );
}
