import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AddCommentMutation, EditCommentMutation } from '../graphql/mutations';
import { useThreadContext } from './threadContext';
import { MarkdownEditor } from './MarkdownEditor';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useWerkruimteErrorMessage } from '../hooks/useWerkruimteErrorMessage';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

export const MAX_COMMENT_BODY = 10_000;
const FIELDS = ['body'] as const;

export interface CommentComposerProps {
  /** Reply to this top-level comment. */
  parentId?: string | null;
  /** Edit this comment instead of adding one. */
  editing?: { id: string; body: string } | null;
  label: string;
  submitLabel: string;
  onDone?: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A new comment, a reply or an edit: Markdown with preview; server errors shown at the field. */
export function CommentComposer(props: CommentComposerProps) {
  const { parentId = null, editing = null, label, submitLabel, onDone, onCancel, autoFocus } = props;
  const { t } = useTranslation();
  const ctx = useThreadContext();
  const errorMessage = useWerkruimteErrorMessage();
  const [body, setBody] = useState(editing?.body ?? '');
  const [posted, setPosted] = useState(false);
  const [add, adding] = useMutation(AddCommentMutation);
  const [edit, saving] = useMutation(EditCommentMutation);
  const form = useFormErrors(FIELDS);
  const busy = adding.loading || saving.loading;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPosted(false);
    const problem = !body.trim()
      ? t('werkruimte.composer.required')
      : body.length > MAX_COMMENT_BODY
        ? t('werkruimte.composer.tooLong', { max: MAX_COMMENT_BODY.toLocaleString('nl-BE') })
        : undefined;
    if (!form.validate({ body: problem })) return;
    try {
      if (editing) {
        await edit({ variables: { input: { commentId: editing.id, body } } });
      } else {
        const result = await add({ variables: { input: { threadId: ctx.threadId, body, parentId } } });
        const comment = result.data?.addComment;
        if (comment) ctx.onPosted(comment);
        setBody('');
        setPosted(true);
      }
      onDone?.();
    } catch (error) {
      const apiError = toApiError(error);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form wr-composer">
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <MarkdownEditor
        label={label}
        name="body"
        required
        rows={parentId || editing ? 4 : 6}
        value={body}
        onChange={(value) => {
          setBody(value);
          setPosted(false);
        }}
        onTyping={editing ? undefined : ctx.onTyping}
        maxLength={MAX_COMMENT_BODY}
        error={form.fieldErrors.body}
        textareaRef={form.register('body')}
        mentionScope={{ threadId: ctx.threadId }}
        autoFocus={autoFocus}
      />
      <div className="actions">
        <Button type="submit" busy={busy}>
          {busy ? t('werkruimte.composer.submitting') : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('werkruimte.composer.cancel')}
          </Button>
        )}
      </div>
      {!editing && !parentId && (
        <p className="visually-hidden" role="status">
          {posted ? t('werkruimte.composer.posted') : ''}
        </p>
      )}
    </form>
  );
}
