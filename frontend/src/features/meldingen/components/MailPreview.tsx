import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../meldingen.css';

export interface MailPreviewProps {
  subject: string;
  /** The mail's HTML body as it is sent; shown in a sandbox (no scripts, no same-origin access). */
  html: string | null | undefined;
  /** The plain-text version, rendered by the caller. */
  children: ReactNode;
}

/** A mail as it will look: the HTML version in a sandboxed frame next to the text version. */
export function MailPreview({ subject, html, children }: MailPreviewProps) {
  const { t } = useTranslation();
  if (!html) return <>{children}</>;
  return (
    <div className="mail-preview">
      <section className="mail-preview__part">
        <h3 className="mail-preview__title">{t('meldingen.mailPreview.html')}</h3>
        <iframe
          className="mail-preview__frame"
          sandbox=""
          srcDoc={html}
          loading="lazy"
          referrerPolicy="no-referrer"
          title={t('meldingen.mailPreview.frameTitle', { subject })}
        />
      </section>
      <section className="mail-preview__part">
        <h3 className="mail-preview__title">{t('meldingen.mailPreview.text')}</h3>
        {children}
      </section>
    </div>
  );
}
