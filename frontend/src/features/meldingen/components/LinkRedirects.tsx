import { Navigate, useLocation, useParams } from 'react-router';
import { spaceHref, threadHref } from '../../werkruimte/hooks/useThreadListParams';

/**
 * Notification links and mails (backend notifications module) address threads as
 * /werkruimte/discussies/<id>#bericht-<comment> and spaces as /werkruimte/<slug>; the werkruimte
 * pages live at /werkruimte/onderwerp/<id> and /werkruimte?ruimte=<slug>. These routes forward,
 * keeping the #bericht-… anchor, so links in mails already sent keep working.
 */
export function ThreadLinkRedirect() {
  const { id = '' } = useParams();
  const { hash } = useLocation();
  return <Navigate replace to={`${threadHref(id)}${hash}`} />;
}

export function SpaceLinkRedirect() {
  const { slug = '' } = useParams();
  return <Navigate replace to={spaceHref(slug)} />;
}
