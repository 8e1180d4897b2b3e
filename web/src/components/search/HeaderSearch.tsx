import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { useT } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { isSearchShortcut } from "./searchShortcut.js";
import "../../styles/search-box.css";

/** The search page's own box, when it is on screen. */
export const SEARCH_PAGE_INPUT_ID = "search-page-input";

/** The app-wide search box; "/" focuses it (or the search page's box) whenever nobody is typing. */
export function HeaderSearch() {
  const t = useT();
  const [location, navigate] = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      const own = input.current && input.current.offsetParent !== null ? input.current : null;
      const target = document.getElementById(SEARCH_PAGE_INPUT_ID) ?? own;
      if (target) target.focus();
      else navigate("/search");
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [navigate]);

  if (location === "/search") return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = value.trim();
    navigate(q ? `/search?q=${encodeURIComponent(q)}` : "/search");
    setValue("");
    input.current?.blur();
  };

  return (
    <search className="shell-search">
      <form onSubmit={submit}>
        <label htmlFor="shell-search-input" className="visually-hidden">
          {t("insights.searchBox.label")}
        </label>
        <Icon name="search" size={16} />
        <input
          ref={input}
          id="shell-search-input"
          type="search"
          className="input"
          placeholder={t("insights.searchBox.placeholder")}
          aria-keyshortcuts="/"
          aria-describedby="shell-search-hint"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: <kbd> is not focusable; the hint below says the same. */}
        <kbd aria-hidden="true">/</kbd>
        <span id="shell-search-hint" className="visually-hidden">
          {t("insights.searchBox.shortcut")}
        </span>
      </form>
    </search>
  );
}

/** A search button for the small-screen top bar, where the sidebar is folded away. */
export function SearchLink() {
  const t = useT();
  return (
    <Link href="/search" className="icon-button topbar-search">
      <Icon name="search" size={20} />
      <span className="visually-hidden">{t("insights.nav.search")}</span>
    </Link>
  );
}
