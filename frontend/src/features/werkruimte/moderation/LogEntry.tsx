import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WerkruimteModerationLogQuery } from '../../../generated/graphql';
import { threadHref } from '../hooks/useThreadListParams';
import { useFormatters } from '../../../app/format';

export type LogNode = WerkruimteModerationLogQuery['moderationLog']['edges'][number]['node'];
type State = Record<string, unknown>;

const LONG = 160;
const KNOWN_STATUSES = new Set(['OPEN', 'ANSWERED', 'CLOSED', 'RESOLVED', 'DISMISSED']);

function parse(json: string | null): State {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as State) : { value };
  } catch {
    return { value: json };
  }
}

/** One before/after value as a person reads it: Ja/Nee, a space's name, a status in words. */
function Value({ field, value, spaceNames }: { field: string; value: unknown; spaceNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '') {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('werkruimte.log.none')}</span>
      </>
    );
  }
  if (typeof value === 'boolean') return <>{t(value ? 'werkruimte.log.yes' : 'werkruimte.log.no')}</>;
  if (field === 'spaceId' && typeof value === 'string') return <>{spaceNames.get(value) ?? value}</>;
  if (field === 'status' && typeof value === 'string' && KNOWN_STATUSES.has(value)) return <>{t(`werkruimte.log.statuses.${value}`)}</>;
  const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : JSON.stringify(value);
  if (text.length <= LONG) return <>{text}</>;
  return (
    <details className="wr-log__long">
      <summary>{`${text.slice(0, LONG).trimEnd()}…`}</summary>
      <p>{text}</p>
    </details>
  );
}

/** Who did what, when, to which thread, comment or report, and what changed. */
export function LogEntry({ entry, spaceNames }: { entry: LogNode; spaceNames: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const before = parse(entry.before);
  const after = parse(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const actionKey = `werkruimte.log.actions.${entry.action}`;
  const label = (field: string) => (i18n.exists(`werkruimte.log.fields.${field}`) ? t(`werkruimte.log.fields.${field}`) : field);

  return (
    <li className="wr-log__entry">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="wr-log__action">
          {i18n.exists(actionKey) ? t(actionKey) : entry.action}
        </h3>
        <p className="wr-log__meta">
          {entry.actor?.displayName ?? t('werkruimte.comment.unknownAuthor')} ·{' '}
          <time dateTime={entry.createdAt}>{fmt.dateTime(entry.createdAt)}</time> ·{' '}
          {entry.subjectType === 'thread' ? (
            <Link to={threadHref(entry.subjectId)}>{t('werkruimte.log.toThread')}</Link>
          ) : (
            t(`werkruimte.log.subjects.${entry.subjectType === 'report' ? 'report' : 'comment'}`)
          )}
        </p>
        {fields.length > 0 && (
          <table className="wr-log__changes">
            <caption className="visually-hidden">{t('werkruimte.log.changes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('werkruimte.log.field')}</th>
                <th scope="col">{t('werkruimte.log.before')}</th>
                <th scope="col">{t('werkruimte.log.after')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field}>
                  <th scope="row">{label(field)}</th>
                  <td>
                    <Value field={field} value={before[field]} spaceNames={spaceNames} />
                  </td>
                  <td>
                    <Value field={field} value={after[field]} spaceNames={spaceNames} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </li>
  );
}
