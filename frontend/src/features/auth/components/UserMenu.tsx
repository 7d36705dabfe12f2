import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuthActions } from '../hooks/useAuthActions';
import type { CurrentUser } from '../hooks/useCurrentUser';

/** Disclosure with the user's name: "Mijn account" and "Afmelden". */
export function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const { logout, clearAfterLogout } = useAuthActions();

  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  async function onLogout() {
    setBusy(true);
    try {
      await logout();
      navigate('/');
      await clearAfterLogout();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="visually-hidden">{t('nav.userMenu')}: </span>
        {user.displayName}
      </button>
      <ul id={menuId} className="user-menu__list" hidden={!open}>
        <li>
          <Link to="/account">{t('nav.account')}</Link>
        </li>
        <li>
          <button type="button" className="user-menu__item" aria-busy={busy || undefined} onClick={() => void onLogout()}>
            {t('nav.logout')}
          </button>
        </li>
      </ul>
    </div>
  );
}
