import type { ReactNode } from "react";
import { Redirect, useLocation, useSearch } from "wouter";
import { useT } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";
import { ErrorState, LoadingState } from "./States.js";

/** Only a same-site path may be a post-login destination (no "//evil.example"). */
export function safeNext(value: string | null): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return "/";
  }
  return value;
}

/** Renders its children for signed-in users; others go to /login?next=<here>. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const { state, refresh } = useSession();
  const [location] = useLocation();
  const search = useSearch();

  if (state.status === "loading") {
    return (
      <div className="fullscreen-state">
        <LoadingState label={t("common.loading")} />
      </div>
    );
  }
  if (state.status === "error") {
    return (
      <main className="fullscreen-state">
        <ErrorState error={state.error} onRetry={() => refresh().catch(() => undefined)} />
      </main>
    );
  }
  if (state.status === "signedOut") {
    const here = location + (search ? `?${search}` : "");
    const next = here === "/" ? "" : `?next=${encodeURIComponent(here)}`;
    return <Redirect to={`/login${next}`} replace />;
  }
  return <>{children}</>;
}

/** Renders its children for visitors; signed-in users go to `next` or home. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const search = useSearch();
  if (state.status === "signedIn") {
    const next = new URLSearchParams(search).get("next");
    return <Redirect to={safeNext(next)} replace />;
  }
  if (state.status === "loading") {
    return (
      <div className="fullscreen-state">
        <LoadingState />
      </div>
    );
  }
  return <>{children}</>;
}
