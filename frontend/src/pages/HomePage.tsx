import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  useDocumentTitle(undefined);
  const region = user?.bestuur?.region;

  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </section>

      {user && (
        <section className="panel" aria-labelledby="welkom">
          <h2 id="welkom">{t('home.greeting', { name: user.displayName })}</h2>
          {user.bestuur ? (
            <p>
              {t('home.yourBestuur')}{' '}
              <strong>{user.bestuur.name}</strong>
              {region && (
                <>
                  {' · '}
                  {t('home.yourRegion')} <Link to={`/regios/${region.slug}`}>{region.name}</Link>
                </>
              )}
            </p>
          ) : (
            <p>
              {t('home.noBestuur')} <Link to="/account">{t('home.completeProfile')}</Link>
            </p>
          )}
          {user.coordinatorOf.length > 0 && (
            <p>
              {t('home.coordinatorOf')}{' '}
              {user.coordinatorOf.map((r, i) => (
                <span key={r.slug}>
                  {i > 0 && ', '}
                  <Link to={`/regios/${r.slug}`}>{r.name}</Link>
                </span>
              ))}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="pijlers">
        <h2 id="pijlers">{t('home.pillarsTitle')}</h2>
        <ol className="pillars">
          {(['capacity', 'integration', 'partner'] as const).map((key) => (
            <li key={key} className="card">
              <h3 className="card__title">{t(`home.pillars.${key}.title`)}</h3>
              <p>{t(`home.pillars.${key}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="regios-intro">
        <h2 id="regios-intro">{t('home.regionsTitle')}</h2>
        <p>{t('home.regionsBody')}</p>
        <p>
          <Link to="/regios" className="btn btn--primary">
            {t('home.regionsLink')}
          </Link>
        </p>
        {!user && (
          <p>
            <Link to="/registreren">{t('home.registerLink')}</Link>
          </p>
        )}
      </section>
    </>
  );
}
