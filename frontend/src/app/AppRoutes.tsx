import { Navigate, Route, Routes } from 'react-router';
import { AppShell } from './AppShell';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { RegisterPage } from '../pages/RegisterPage';
import { VerifyEmailPage } from '../pages/VerifyEmailPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { RegionsPage } from '../pages/RegionsPage';
import { RegionPage } from '../pages/RegionPage';
import { BestuurPage } from '../pages/BestuurPage';
import { AccountPage } from '../pages/AccountPage';
import { AdminLayout } from '../pages/AdminLayout';
import { AdminUsersPage } from '../pages/AdminUsersPage';
import { AdminMailPage } from '../pages/AdminMailPage';
import { NotFoundPage } from '../pages/NotFoundPage';

export function AppRoutes() {
  return (
    <AppShell>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/aanmelden" element={<LoginPage />} />
        <Route path="/registreren" element={<RegisterPage />} />
        <Route path="/e-mail-bevestigen" element={<VerifyEmailPage />} />
        <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
        <Route path="/wachtwoord-herstellen" element={<ResetPasswordPage />} />
        <Route path="/regios" element={<RegionsPage />} />
        <Route path="/regios/:slug" element={<RegionPage />} />
        <Route path="/besturen/:nisCode" element={<BestuurPage />} />
        <Route
          path="/account"
          element={
            <RequireAuth>
              <AccountPage />
            </RequireAuth>
          }
        />
        <Route path="/beheer" element={<AdminLayout />}>
          <Route index element={<Navigate to="/beheer/gebruikers" replace />} />
          <Route path="gebruikers" element={<AdminUsersPage />} />
          <Route path="uitgaande-mail" element={<AdminMailPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppShell>
  );
}
