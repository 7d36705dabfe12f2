import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OutgoingMailsQuery } from '../graphql/operations';
import { LinkifiedText } from './LinkifiedText';
import { MailPreview } from '../../meldingen';
import { useFormatters } from '../../../app/format';
import { Loading } from '../../../ui/Loading';
import { ErrorState } from '../../../ui/ErrorState';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadMore } from '../../../ui/Pagination';
import { Button } from '../../../ui/Button';

const PAGE_SIZE = 20;

export function OutgoingMailList() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, loading, error, refetch, fetchMore } = useQuery(OutgoingMailsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const connection = data?.outgoingMails;
  const mails = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <p>
        <Button variant="secondary" busy={loading} onClick={() => void refetch()}>
          {t('mail.refresh')}
        </Button>
      </p>
      {mails.length === 0 ? (
        <EmptyState>{t('mail.empty')}</EmptyState>
      ) : (
        <ul className="card-list">
          {mails.map((mail) => (
            <li key={mail.id} className="card mail">
              <h2 className="card__title">{mail.subject}</h2>
              <dl className="meta">
                <dt>{t('mail.to')}</dt>
                <dd>{mail.to}</dd>
                <dt>{t('mail.status')}</dt>
                <dd>
                  <span className={`status status--${mail.status.toLowerCase()}`}>{t(`mail.statuses.${mail.status}`)}</span>
                </dd>
                <dt>{t('mail.createdAt')}</dt>
                <dd>{fmt.dateTime(mail.createdAt)}</dd>
                {mail.sentAt && (
                  <>
                    <dt>{t('mail.sentAt')}</dt>
                    <dd>{fmt.dateTime(mail.sentAt)}</dd>
                  </>
                )}
              </dl>
              <details>
                <summary>{t('mail.showBody')}</summary>
                <MailPreview subject={mail.subject} html={mail.html}>
                  <LinkifiedText text={mail.text} />
                </MailPreview>
              </details>
            </li>
          ))}
        </ul>
      )}
      {connection && (
        <LoadMore
          shown={mails.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
    </>
  );
}
