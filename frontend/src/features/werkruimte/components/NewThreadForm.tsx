import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SpaceFieldsFragment, ThreadKind } from '../../../generated/graphql';
import { CreateThreadMutation } from '../graphql/mutations';
import { threadHref } from '../hooks/useThreadListParams';
import { MAX_TAGS, parseTags } from '../lib/tags';
import { MarkdownEditor } from './MarkdownEditor';
import { SimilarQuestions } from './SimilarQuestions';
import { useFormErrors, type FieldErrors } from '../../auth/hooks/useFormErrors';
import { toApiError } from '../../../app/errors';
import { useWerkruimteErrorMessage } from '../hooks/useWerkruimteErrorMessage';
import { FormField, TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

export const MAX_THREAD_BODY = 20_000;
const FIELDS = ['spaceId', 'kind', 'title', 'body', 'tags', 'membersOnly'] as const;
type Field = (typeof FIELDS)[number];

export interface NewThreadFormProps {
  /** The spaces the person may post in. */
  spaces: readonly SpaceFieldsFragment[];
  initialSpaceSlug?: string | null;
}

/** "Nieuwe vraag": space, kind, title (with similar questions), Markdown body, tags. */
export function NewThreadForm({ spaces, initialSpaceSlug }: NewThreadFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const errorMessage = useWerkruimteErrorMessage();
  const [spaceId, setSpaceId] = useState(() => (spaces.find((s) => s.slug === initialSpaceSlug) ?? spaces[0])?.id ?? '');
  const [kind, setKind] = useState<ThreadKind>('VRAAG');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [membersOnly, setMembersOnly] = useState(false);
  const [create, { loading }] = useMutation(CreateThreadMutation);
  const form = useFormErrors(FIELDS);
  const space = spaces.find((s) => s.id === spaceId);
  const kinds: ThreadKind[] = space?.viewerCan.announce ? ['VRAAG', 'DISCUSSIE', 'MEDEDELING'] : ['VRAAG', 'DISCUSSIE'];
  const canMembersOnly = space?.kind === 'REGION' && space.viewerCan.member;

  function clientErrors(): FieldErrors<Field> {
    const length = title.trim().length;
    return {
      spaceId: space ? undefined : t('werkruimte.newThread.errors.spaceRequired'),
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
      const result = await create({
        variables: {
          input: {
            spaceId,
            kind: kinds.includes(kind) ? kind : 'VRAAG',
            title: title.trim(),
            body,
            tags: parseTags(tags),
            membersOnly: canMembersOnly ? membersOnly : null,
          },
        },
      });
      const created = result.data?.createThread;
      if (created) navigate(threadHref(created.id));
    } catch (error) {
      const apiError = toApiError(error);
      form.showApiError(apiError, errorMessage(apiError));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form wr-form">
      {form.general && <Alert variant="error">{form.general}</Alert>}
      <FormField label={t('werkruimte.newThread.space')} required error={form.fieldErrors.spaceId}>
        {(control) => (
          <select
            {...control}
            ref={form.register('spaceId')}
            className="input"
            value={spaceId}
            onChange={(e) => setSpaceId(e.target.value)}
          >
            {spaces.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset
        className="wr-kinds"
        aria-describedby={form.fieldErrors.kind ? `${id}-kind-error` : undefined}
        ref={form.register('kind')}
        tabIndex={-1}
      >
        <legend className="field__label">{t('werkruimte.newThread.kind')}</legend>
        {form.fieldErrors.kind && (
          <p id={`${id}-kind-error`} className="field__error">
            {form.fieldErrors.kind}
          </p>
        )}
        {kinds.map((k) => (
          <div key={k} className="wr-kinds__option">
            <input
              type="radio"
              id={`${id}-kind-${k}`}
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
              aria-describedby={`${id}-kind-${k}-hint`}
            />
            <label htmlFor={`${id}-kind-${k}`}>{t(`werkruimte.kinds.${k}`)}</label>
            <span id={`${id}-kind-${k}-hint`} className="field__hint">
              {t(`werkruimte.newThread.kindHints.${k}`)}
            </span>
          </div>
        ))}
      </fieldset>
      <TextField
        label={t('werkruimte.newThread.titleLabel')}
        hint={t('werkruimte.newThread.titleHint')}
        name="title"
        required
        maxLength={200}
        autoComplete="off"
        value={title}
        onValueChange={setTitle}
        error={form.fieldErrors.title}
        inputRef={form.register('title')}
      />
      {kind === 'VRAAG' && <SimilarQuestions title={title} spaceId={null} />}
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
        mentionScope={space ? { spaceId: space.id } : undefined}
      />
      <TextField
        label={t('werkruimte.newThread.tags')}
        hint={t('werkruimte.newThread.tagsHint')}
        name="tags"
        autoComplete="off"
        value={tags}
        onValueChange={setTags}
        error={form.fieldErrors.tags}
        inputRef={form.register('tags')}
      />
      {canMembersOnly && (
        <div className={`field wr-check${form.fieldErrors.membersOnly ? ' field--invalid' : ''}`}>
          <span>
            <input
              id={`${id}-members`}
              type="checkbox"
              checked={membersOnly}
              onChange={(e) => setMembersOnly(e.target.checked)}
              ref={form.register('membersOnly')}
              aria-describedby={`${id}-members-hint${form.fieldErrors.membersOnly ? ` ${id}-members-error` : ''}`}
              aria-invalid={form.fieldErrors.membersOnly ? true : undefined}
            />{' '}
            <label htmlFor={`${id}-members`}>{t('werkruimte.newThread.membersOnly')}</label>
          </span>
          <p id={`${id}-members-hint`} className="field__hint">
            {t('werkruimte.newThread.membersOnlyHint')}
          </p>
          {form.fieldErrors.membersOnly && (
            <p id={`${id}-members-error`} className="field__error">
              {form.fieldErrors.membersOnly}
            </p>
          )}
        </div>
      )}
      <Button type="submit" busy={loading}>
        {loading ? t('werkruimte.newThread.submitting') : t('werkruimte.newThread.submit')}
      </Button>
    </form>
  );
}
