import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MarkdownPreviewQuery } from '../graphql/operations';
import { useWerkruimteErrorMessage } from '../hooks/useWerkruimteErrorMessage';
import { toApiError } from '../../../app/errors';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { ServerHtml } from './ServerHtml';

/** Text typed within this time counts as one change: one request when the writer pauses. */
export const PREVIEW_DELAY_MS = 300;

/**
 * The "Voorbeeld" tab: exactly the HTML the server would store for this text (markdownPreview),
 * so what one sees is what others will see. The same text is asked once (Apollo's cache).
 */
export function MarkdownPreview({ markdown, label }: { markdown: string; label: string }) {
  const { t } = useTranslation();
  const message = useWerkruimteErrorMessage();
  const settled = useDebouncedValue(markdown, PREVIEW_DELAY_MS);
  const empty = markdown.trim() === '';
  const waiting = settled !== markdown;
  const { data, error, refetch } = useQuery(MarkdownPreviewQuery, { variables: { markdown: settled }, skip: empty || waiting });
  const html = waiting ? undefined : data?.markdownPreview;
  const failed = !waiting && !html && error;

  let content;
  if (empty) content = <p className="empty-state">{t('werkruimte.editor.emptyPreview')}</p>;
  else if (failed) {
    const apiError = toApiError(error);
    content = (
      <Alert variant="error" title={t('werkruimte.editor.previewFailed')}>
        <p>{Object.values(apiError.fields)[0] ?? message(apiError)}</p>
        {apiError.code !== 'BAD_USER_INPUT' && (
          <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
            {t('common.retry')}
          </Button>
        )}
      </Alert>
    );
  } else if (html === undefined) content = <Loading label={t('werkruimte.editor.previewLoading')} />;
  // Rendered and sanitised by the server, like every bodyHtml.
  else content = <ServerHtml html={html} />;

  return (
    <div className="wr-editor__preview" role="region" aria-label={label} aria-busy={!empty && !failed && html === undefined}>
      {content}
    </div>
  );
}
