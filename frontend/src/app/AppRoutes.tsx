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
import { WerkruimtePage } from '../pages/WerkruimtePage';
import { WerkruimteNewThreadPage } from '../pages/WerkruimteNewThreadPage';
import { WerkruimteThreadPage } from '../pages/WerkruimteThreadPage';
import { WerkruimteSearchPage } from '../pages/WerkruimteSearchPage';
import { WerkruimteModerationLogPage, WerkruimteModerationPage } from '../pages/WerkruimteModerationPage';
import { TrajectenPage } from '../pages/TrajectenPage';
import { TrajectPage } from '../pages/TrajectPage';
import { TrajectBeheerPage } from '../pages/TrajectBeheerPage';
import { CatalogusPage } from '../pages/CatalogusPage';
import { SolutionPage, SolutionRedirect } from '../pages/SolutionPage';
import { VoorMijnBestuurPage } from '../pages/VoorMijnBestuurPage';
import { CatalogusImportPage } from '../pages/CatalogusImportPage';
import { AdoptionGridPage } from '../pages/AdoptionGridPage';
import { NotificationsPage } from '../pages/NotificationsPage';
import { NotificationSettingsPage } from '../pages/NotificationSettingsPage';
import { SpaceLinkRedirect, ThreadLinkRedirect } from '../features/meldingen/components/LinkRedirects';

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
        <Route path="/trajecten" element={<TrajectenPage />} />
        <Route path="/trajecten/:slug" element={<TrajectPage />} />
        <Route
          path="/trajecten/:slug/beheer"
          element={
            <RequireAuth>
              <TrajectBeheerPage />
            </RequireAuth>
          }
        />
        <Route path="/catalogus" element={<CatalogusPage />} />
        <Route path="/catalogus/beheer/import" element={<CatalogusImportPage />} />
        <Route path="/catalogus/:slug" element={<SolutionPage />} />
        <Route path="/oplossingen/:slug" element={<SolutionRedirect />} />
        <Route path="/voor-mijn-bestuur" element={<VoorMijnBestuurPage />} />
        <Route path="/regios/:slug/adoptie" element={<AdoptionGridPage />} />
        <Route
          path="/account"
          element={
            <RequireAuth>
              <AccountPage />
            </RequireAuth>
          }
        />
        <Route
          path="/meldingen"
          element={
            <RequireAuth>
              <NotificationsPage />
            </RequireAuth>
          }
        />
        <Route
          path="/account/meldingen"
          element={
            <RequireAuth>
              <NotificationSettingsPage />
            </RequireAuth>
          }
        />
        <Route path="/werkruimte/discussies/:id" element={<ThreadLinkRedirect />} />
        <Route path="/werkruimte/:slug" element={<SpaceLinkRedirect />} />
        <Route
          path="/werkruimte"
          element={
            <RequireAuth>
              <WerkruimtePage />
            </RequireAuth>
          }
        />
        <Route
          path="/werkruimte/nieuw"
          element={
            <RequireAuth>
              <WerkruimteNewThreadPage />
            </RequireAuth>
          }
        />
        <Route
          path="/werkruimte/onderwerp/:id"
          element={
            <RequireAuth>
              <WerkruimteThreadPage />
            </RequireAuth>
          }
        />
        <Route
          path="/werkruimte/zoeken"
          element={
            <RequireAuth>
              <WerkruimteSearchPage />
            </RequireAuth>
          }
        />
        <Route
          path="/werkruimte/moderatie"
          element={
            <RequireAuth>
              <WerkruimteModerationPage />
            </RequireAuth>
          }
        />
        <Route
          path="/werkruimte/moderatie/logboek"
          element={
            <RequireAuth>
              <WerkruimteModerationLogPage />
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
