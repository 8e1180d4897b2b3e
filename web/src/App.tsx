import { lazy, type ReactNode, Suspense } from "react";
import { Route, Switch } from "wouter";
import type { Locale } from "../../shared/schemas/common.js";
import { AppShell } from "./components/AppShell.js";
import { RedirectIfSignedIn, RequireAuth } from "./components/RequireAuth.js";
import { LoadingState } from "./components/States.js";
import { ToastProvider } from "./components/Toasts.js";
import { I18nProvider } from "./i18n/I18nProvider.js";
import HomePage from "./routes/HomePage.js";
import LoginPage from "./routes/LoginPage.js";
import NoAccessPage from "./routes/NoAccessPage.js";
import { SessionProvider, useSession } from "./session/SessionProvider.js";

// Pages people open rarely load on demand to keep the first download small.
const InvitePage = lazy(() => import("./routes/InvitePage.js"));
const OrgChartPage = lazy(() => import("./routes/OrgChartPage.js"));
const SettingsPage = lazy(() => import("./routes/SettingsPage.js"));
const PeoplePage = lazy(() => import("./routes/PeoplePage.js"));
const SignupPage = lazy(() => import("./routes/SignupPage.js"));
const NotFoundPage = lazy(() => import("./routes/NotFoundPage.js"));
const OneOnOnesPage = lazy(() => import("./routes/OneOnOnesPage.js"));
const NewOneOnOnePage = lazy(() => import("./routes/NewOneOnOnePage.js"));
const OneOnOnePage = lazy(() => import("./routes/OneOnOnePage.js"));
const MeetingPage = lazy(() => import("./routes/MeetingPage.js"));
const TemplatesPage = lazy(() => import("./routes/TemplatesPage.js"));
const DashboardPage = lazy(() => import("./routes/DashboardPage.js"));
const PairInsightsPage = lazy(() => import("./routes/PairInsightsPage.js"));
const SearchPage = lazy(() => import("./routes/SearchPage.js"));
const AnalyticsPage = lazy(() => import("./routes/AnalyticsPage.js"));
const OutboxPage = lazy(() => import("./routes/OutboxPage.js"));
const AuditPage = lazy(() => import("./routes/AuditPage.js"));
const WebhooksPage = lazy(() => import("./routes/WebhooksPage.js"));
const SsoSettingsPage = lazy(() => import("./routes/SsoSettingsPage.js"));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

function SignedInApp() {
  const { membership } = useSession();
  const hasAccess = membership?.status === "active";
  return (
    <AppShell>
      <Lazy>
        <Switch>
          <Route path="/settings" component={SettingsPage} />
          {hasAccess ? null : <Route component={NoAccessPage} />}
          <Route path="/" component={HomePage} />
          <Route path="/people" component={PeoplePage} />
          <Route path="/people/chart" component={OrgChartPage} />
          <Route path="/one-on-ones" component={OneOnOnesPage} />
          <Route path="/one-on-ones/new" component={NewOneOnOnePage} />
          <Route path="/one-on-ones/:id" component={OneOnOnePage} />
          <Route path="/meetings/:id" component={MeetingPage} />
          <Route path="/templates" component={TemplatesPage} />
          <Route path="/dashboard" component={DashboardPage} />
          <Route path="/one-on-ones/:id/insights" component={PairInsightsPage} />
          <Route path="/search" component={SearchPage} />
          <Route path="/analytics" component={AnalyticsPage} />
          <Route path="/outbox" component={OutboxPage} />
          <Route path="/audit" component={AuditPage} />
          <Route path="/webhooks" component={WebhooksPage} />
          <Route path="/sso" component={SsoSettingsPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Lazy>
    </AppShell>
  );
}

function Routes() {
  return (
    <Switch>
      <Route path="/login">
        <RedirectIfSignedIn>
          <LoginPage />
        </RedirectIfSignedIn>
      </Route>
      <Route path="/signup">
        <RedirectIfSignedIn>
          <Lazy>
            <SignupPage />
          </Lazy>
        </RedirectIfSignedIn>
      </Route>
      <Route path="/invite/:token">
        <Lazy>
          <InvitePage />
        </Lazy>
      </Route>
      <Route>
        <RequireAuth>
          <SignedInApp />
        </RequireAuth>
      </Route>
    </Switch>
  );
}

/** Providers and the route table. */
export function App({ locale }: { locale: Locale }) {
  return (
    <I18nProvider locale={locale}>
      <SessionProvider>
        <ToastProvider>
          <Routes />
        </ToastProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
