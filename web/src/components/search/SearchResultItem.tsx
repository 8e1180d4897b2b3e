import { Link } from "wouter";
import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { SearchResult } from "../../../../shared/schemas/search.js";
import { formatDate } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon, type IconName } from "../Icon.js";
import { splitHighlights } from "./highlight.js";

const ICONS: Record<SearchResult["type"], IconName> = {
  agenda_item: "chat",
  note: "note",
  action_item: "list-check",
  feedback: "sparkle",
  goal: "flag",
  goal_progress: "flag",
};

/** Where a result opens: its meeting, or the pair's goals when it has none. */
export function resultHref(result: SearchResult): string {
  return result.meetingId ? `/meetings/${result.meetingId}` : `/one-on-ones/${result.oneOnOneId}/insights#goals`;
}

/** One search hit: what it is, whose 1:1 and when, and the snippet with the matches marked. */
export function SearchResultItem({ result }: { result: SearchResult }) {
  const { t, locale, timeZone } = useI18n();
  const typeKey: MessageKey =
    result.type === "note" && result.private
      ? "insights.search.type.privateNote"
      : `insights.search.type.${result.type}`;
  return (
    <li className="search-result">
      <p className="search-result-meta">
        <span className="badge badge-neutral">
          <Icon name={ICONS[result.type]} size={12} />
          {t(typeKey)}
        </span>
        {result.private ? (
          <span className="badge badge-private">
            <Icon name="lock" size={12} />
            {t("insights.search.onlyYou")}
          </span>
        ) : null}
        <span>{t("insights.search.with", { name: result.counterpartName })}</span>
        {result.meetingScheduledAt ? <span>{formatDate(result.meetingScheduledAt, locale, timeZone)}</span> : null}
      </p>
      <p className="search-snippet">
        <Link href={resultHref(result)} className="stretched-link">
          {splitHighlights(result.snippet, result.highlights).map((part, i) =>
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed split of one string.
            part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
          )}
        </Link>
      </p>
    </li>
  );
}
