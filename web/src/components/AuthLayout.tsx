import type { ReactNode } from "react";
import { Link, useSearch } from "wouter";
import { useT } from "../i18n/I18nProvider.js";
import { Icon } from "./Icon.js";
import { LanguagePicker } from "./LanguagePicker.js";
import { ThemeToggle } from "./ThemeToggle.js";

/** The frame of the signed-out pages: a short pitch beside a single form card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="auth">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <aside className="auth-aside" aria-label={t("auth.asideLabel")}>
        <div className="auth-brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>Rapport</span>
        </div>
        <p className="auth-tagline">{t("auth.tagline")}</p>
        <ul className="auth-points">
          <li>
            <Icon name="calendar" />
            <span>{t("auth.point.regular")}</span>
          </li>
          <li>
            <Icon name="sparkle" />
            <span>{t("auth.point.structure")}</span>
          </li>
          <li>
            <Icon name="clock" />
            <span>{t("auth.point.memory")}</span>
          </li>
        </ul>
      </aside>
      <div className="auth-content">
        <header className="auth-toolbar">
          <div className="auth-brand auth-brand-compact">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>Rapport</span>
          </div>
          <div className="auth-tools">
            <LanguagePicker />
            <ThemeToggle />
          </div>
        </header>
        <main id="main" className="auth-main" tabIndex={-1}>
          <div className="auth-card">{children}</div>
        </main>
      </div>
    </div>
  );
}

/** The line under a sign-in or sign-up form that leads to the other one, keeping the query (where to go next). */
export function AuthSwitch({ question, to, label }: { question: string; to: "/login" | "/signup"; label: string }) {
  const search = useSearch();
  return (
    <p className="auth-switch">
      {question} <Link href={`${to}${search ? `?${search}` : ""}`}>{label}</Link>
    </p>
  );
}
