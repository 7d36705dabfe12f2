import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ThreadKind } from '../../../generated/graphql';
import { SearchDiscussionsQuery, SpacesQuery } from '../graphql/operations';
import { KINDS, threadHref } from '../hooks/useThreadListParams';
import { ThreadBadges } from './ThreadBadges';
import { SearchSnippet } from './SearchSnippet';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { Button } from '../../../ui/Button';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../werkruimte.css';

/** /werkruimte/zoeken?q=…&ruimte=…&soort=… — Dutch full-text search with highlighted snippets. */
export function SearchView() {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const spaceSlug = params.get('ruimte') ?? '';
  const kind = (KINDS as readonly string[]).includes(params.get('soort') ?? '') ? (params.get('soort') as ThreadKind) : null;
  const [text, setText] = useState(q);
  const [space, setSpace] = useState(spaceSlug);
  const [kindChoice, setKindChoice] = useState<string>(kind ?? '');
  const [tooShort, setTooShort] = useState(false);
  useDocumentTitle(q ? `${q} – ${t('werkruimte.search.title')}` : t('werkruimte.search.title'));

  const spaces = useQuery(SpacesQuery);
  const spaceId = spaces.data?.spaces.find((s) => s.slug === spaceSlug)?.id ?? null;
  const waitingForSpace = Boolean(spaceSlug) && !spaces.data;
  const search = useQuery(SearchDiscussionsQuery, {
    variables: { query: q, spaceId, kind, first: 30 },
    skip: q.length < 2 || waitingForSpace,
  });
  const hits = search.data?.searchDiscussions ?? [];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    setTooShort(query.length < 2);
    if (query.length < 2) return;
    const next = new URLSearchParams({ q: query });
    if (space) next.set('ruimte', space);
    if (kindChoice) next.set('soort', kindChoice);
    setParams(next);
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/werkruimte">{t('werkruimte.title')}</Link>
      </p>
      <h1>{t('werkruimte.search.title')}</h1>
      <form role="search" className="wr-search-form" onSubmit={onSubmit} noValidate>
        <div className={`field${tooShort ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-q`} className="field__label">
            {t('werkruimte.search.label')}
          </label>
          <p id={`${id}-hint`} className="field__hint">
            {t('werkruimte.search.hint')}
          </p>
          {tooShort && (
            <p id={`${id}-error`} className="field__error" role="alert">
              {t('werkruimte.search.tooShort')}
            </p>
          )}
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={tooShort ? `${id}-error ${id}-hint` : `${id}-hint`}
            aria-invalid={tooShort || undefined}
          />
        </div>
        <div className="wr-search-form__filters">
          <div className="field">
            <label htmlFor={`${id}-space`} className="field__label">
              {t('werkruimte.search.space')}
            </label>
            <select id={`${id}-space`} className="input" value={space} onChange={(e) => setSpace(e.target.value)}>
              <option value="">{t('werkruimte.search.allSpaces')}</option>
              {(spaces.data?.spaces ?? []).map((s) => (
                <option key={s.id} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`} className="field__label">
              {t('werkruimte.search.kind')}
            </label>
            <select id={`${id}-kind`} className="input" value={kindChoice} onChange={(e) => setKindChoice(e.target.value)}>
              <option value="">{t('werkruimte.filters.all')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`werkruimte.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Button type="submit">{t('werkruimte.search.submit')}</Button>
      </form>

      <section aria-labelledby="zoekresultaten" className="wr-results">
        <h2 id="zoekresultaten" className={q ? undefined : 'visually-hidden'}>
          {q && search.data ? t('werkruimte.search.results', { count: hits.length, query: q }) : t('werkruimte.search.title')}
        </h2>
        {search.loading && <Loading />}
        {search.error && <ErrorState error={search.error} onRetry={() => void search.refetch()} />}
        {search.data && hits.length === 0 && <EmptyState>{t('werkruimte.search.none', { query: q })}</EmptyState>}
        {hits.length > 0 && (
          <ol className="wr-threads">
            {hits.map((hit) => (
              <li key={hit.thread.id} className="wr-thread">
                <div className="wr-thread__main">
                  <ThreadBadges {...hit.thread} />
                  <h3 className="wr-thread__title">
                    <Link to={hit.comment ? `${threadHref(hit.thread.id)}#bericht-${hit.comment.id}` : threadHref(hit.thread.id)}>
                      {hit.thread.title}
                    </Link>
                  </h3>
                  <p className="wr-thread__meta">
                    {hit.thread.space.name} ·{' '}
                    {hit.comment
                      ? t('werkruimte.search.inComment', { name: hit.comment.author?.displayName ?? t('werkruimte.comment.unknownAuthor') })
                      : t('werkruimte.search.inThread')}
                  </p>
                  <SearchSnippet html={hit.snippet} />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p aria-live="polite" className="visually-hidden">
        {q && search.data ? t('werkruimte.search.results', { count: hits.length, query: q }) : ''}
      </p>
    </>
  );
}
