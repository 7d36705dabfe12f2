import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export interface LayoutProps {
  nav: ReactNode;
  tools: ReactNode;
  children: ReactNode;
}

/** Page frame: skip link, header (brand, navigation, tools), main, footer. */
export function Layout({ nav, tools, children }: LayoutProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const first = useRef(true);

  // After client-side navigation, move focus to the new page content (not on first load).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  return (
    <div className="page">
      <a className="skip-link" href="#inhoud">
        {t('layout.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Ketenwerk</span>
          </Link>
          <nav aria-label={t('layout.mainNav')} className="main-nav">
            {nav}
          </nav>
          <div className="site-header__tools">{tools}</div>
        </div>
      </header>
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('layout.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
