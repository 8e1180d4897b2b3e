import { type ReactNode, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import type { MessageKey } from "../../../shared/i18n/en.js";
import { useT } from "../i18n/I18nProvider.js";
import { useSession } from "../session/SessionProvider.js";
import { Icon, type IconName } from "./Icon.js";
import { OrgSwitcher } from "./OrgSwitcher.js";
import { HeaderSearch, SearchLink } from "./search/HeaderSearch.js";
import { ThemeToggle } from "./ThemeToggle.js";
import { TimeZoneOffer } from "./TimeZoneOffer.js";
import { UserMenu } from "./UserMenu.js";

interface NavItem {
  href: string;
  label: MessageKey;
  icon: IconName;
  exact?: boolean;
  also?: string;
  sub?: boolean;
}

const NAV: NavItem[] = [
  { href: "/", label: "nav.home", icon: "home", exact: true },
  { href: "/dashboard", label: "insights.nav.dashboard", icon: "pulse" },
  { href: "/one-on-ones", label: "nav.oneOnOnes", icon: "chat", also: "/meetings/" },
  { href: "/templates", label: "nav.templates", icon: "layers" },
  { href: "/people", label: "nav.people", icon: "people", exact: true },
  { href: "/people/chart", label: "nav.orgChart", icon: "tree", sub: true },
  { href: "/settings", label: "nav.settings", icon: "settings" },
];

/** Owners and admins only, grouped under their own heading. */
const ADMIN_NAV: NavItem[] = [
  { href: "/analytics", label: "insights.nav.analytics", icon: "chart" },
  { href: "/outbox", label: "outbox.nav", icon: "mail" },
  { href: "/audit", label: "audit.nav", icon: "lock" },
  { href: "/webhooks", label: "webhooks.nav", icon: "link" },
  { href: "/sso", label: "sso.nav", icon: "key" },
];

/** One list of navigation links, the current page marked. */
function NavList({ items, location, labelledBy }: { items: NavItem[]; location: string; labelledBy?: string }) {
  const t = useT();
  return (
    <ul aria-labelledby={labelledBy}>
      {items.map((item) => {
        const active = item.exact
          ? location === item.href
          : location.startsWith(item.href) || (item.also ? location.startsWith(item.also) : false);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              className={`nav-link${active ? " nav-link-active" : ""}${item.sub ? " nav-link-sub" : ""}`}
              aria-current={active ? "page" : undefined}
            >
              <Icon name={item.icon} />
              <span>{t(item.label)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function Brand() {
  return (
    <Link href="/" className="brand">
      <img src="/favicon.svg" alt="" width="28" height="28" />
      <span>Rapport</span>
    </Link>
  );
}

/** The signed-in frame: skip link, navigation (a drawer on small screens) and the main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  const t = useT();
  const [location] = useLocation();
  const role = useSession().membership?.role;
  const isAdmin = role === "owner" || role === "admin";
  const [menuOpen, setMenuOpen] = useState(false);

  const firstPage = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change.
  useEffect(() => {
    setMenuOpen(false);
    // After client-side navigation, start screen readers and keyboards at the new content.
    if (firstPage.current) firstPage.current = false;
    else document.getElementById("main")?.focus();
  }, [location]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setMenuOpen(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [menuOpen]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="app-header">
        <div className="topbar">
          <Brand />
          <SearchLink />
          <button
            type="button"
            className="icon-button topbar-menu"
            aria-expanded={menuOpen}
            aria-controls="app-sidebar"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <Icon name={menuOpen ? "x" : "menu"} size={20} />
            <span className="visually-hidden">{t("nav.menu")}</span>
          </button>
        </div>
        <div id="app-sidebar" className={`sidebar${menuOpen ? " sidebar-open" : ""}`}>
          <div className="sidebar-brand">
            <Brand />
          </div>
          <OrgSwitcher />
          <HeaderSearch />
          <nav className="nav" aria-label={t("nav.main")}>
            <NavList items={NAV} location={location} />
            {isAdmin && (
              <>
                <h2 className="nav-heading" id="nav-admin">
                  {t("nav.admin")}
                </h2>
                <NavList items={ADMIN_NAV} location={location} labelledBy="nav-admin" />
              </>
            )}
          </nav>
          <div className="sidebar-footer">
            <ThemeToggle />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <TimeZoneOffer />
        {children}
      </main>
    </div>
  );
}
