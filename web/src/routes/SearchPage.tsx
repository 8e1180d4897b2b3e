import { type FormEvent, useEffect, useRef, useState } from "react";
import { useLocation, useSearch } from "wouter";
import type { SearchResult } from "../../../shared/schemas/search.js";
import { ApiError } from "../api/client.js";
import { searchEverything } from "../api/insights.js";
import { Icon } from "../components/Icon.js";
import { PageHeader } from "../components/PageHeader.js";
import { EmptyState, ErrorState } from "../components/States.js";
import { SEARCH_PAGE_INPUT_ID } from "../components/search/HeaderSearch.js";
import { SearchResultItem } from "../components/search/SearchResultItem.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useI18n } from "../i18n/I18nProvider.js";
import "../styles/search.css";

const LIMIT = 30;
const DEBOUNCE_MS = 250;

type State = { query: string; results: SearchResult[] | null; error: unknown; loading: boolean };

/** Search across everything the user may see; the query lives in the address (?q=) so it can be shared. */
export default function SearchPage() {
  const { t, tn } = useI18n();
  const [, navigate] = useLocation();
  const q = new URLSearchParams(useSearch()).get("q") ?? "";
  const [text, setText] = useState(q);
  const pushed = useRef(q);
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ query: "", results: null, error: null, loading: false });
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle(q.trim() ? `${q.trim()} · ${t("insights.search.title")}` : t("insights.search.title"));

  useEffect(() => input.current?.focus(), []);

  // The address changed from outside (the header box, back/forward): show its query.
  useEffect(() => {
    if (q !== pushed.current) {
      pushed.current = q;
      setText(q);
    }
  }, [q]);

  const push = (value: string) => {
    pushed.current = value;
    navigate(value ? `/search?q=${encodeURIComponent(value)}` : "/search", { replace: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of text restarts the wait.
  useEffect(() => {
    if (text === pushed.current) return;
    const timer = window.setTimeout(() => push(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const query = q.trim();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` retries the same query.
  useEffect(() => {
    if (!query) {
      setState({ query: "", results: null, error: null, loading: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    searchEverything(query, LIMIT).then(
      (r) => current && setState({ query, results: r.results, error: null, loading: false }),
      (error: unknown) => current && setState({ query, results: null, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [query, attempt]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    push(text);
  };

  const noWords = state.error instanceof ApiError && state.error.status === 400;
  const results = state.results;
  const status = !query
    ? ""
    : state.loading
      ? t("insights.search.searching")
      : results
        ? tn("insights.search.count", results.length, { query: state.query })
        : "";

  return (
    <div className="page page-narrow">
      <PageHeader title={t("insights.search.title")} description={t("insights.search.lead")} />
      <search className="search-page-form">
        <form onSubmit={submit}>
          <label htmlFor={SEARCH_PAGE_INPUT_ID} className="visually-hidden">
            {t("insights.search.label")}
          </label>
          <Icon name="search" size={20} />
          <input
            ref={input}
            id={SEARCH_PAGE_INPUT_ID}
            type="search"
            className="input"
            placeholder={t("insights.search.placeholder")}
            aria-keyshortcuts="/"
            maxLength={200}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </form>
      </search>
      <p className="search-status" role="status">
        {status}
      </p>

      {!query ? (
        <EmptyState icon="search" title={t("insights.search.idleTitle")}>
          <p>{t("insights.search.idleText")}</p>
          <p>{t("insights.search.tip")}</p>
        </EmptyState>
      ) : noWords ? (
        <div className="callout">
          <Icon name="search" />
          <p>{t("insights.search.noWords")}</p>
        </div>
      ) : state.error ? (
        <ErrorState error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : results && results.length === 0 ? (
        <EmptyState icon="search" title={t("insights.search.noneTitle", { query: state.query })}>
          <p>{t("insights.search.noneText")}</p>
        </EmptyState>
      ) : results ? (
        <>
          <ul className={`search-results${state.loading ? " is-stale" : ""}`} aria-busy={state.loading}>
            {results.map((result) => (
              <SearchResultItem key={`${result.type}-${result.id}`} result={result} />
            ))}
          </ul>
          {results.length >= LIMIT ? (
            <p className="muted search-capped">{t("insights.search.capped", { count: LIMIT })}</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
