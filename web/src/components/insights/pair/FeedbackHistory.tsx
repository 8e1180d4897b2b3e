import { useState } from "react";
import { Link } from "wouter";
import type { Feedback, FeedbackKind } from "../../../../../shared/schemas/memory.js";
import { errorMessage } from "../../../api/errorMessage.js";
import { type FeedbackDirection, listPairFeedback } from "../../../api/insights.js";
import { useResource } from "../../../hooks/useResource.js";
import { formatDate } from "../../../i18n/format.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Card } from "../../Card.js";
import { SelectField } from "../../Field.js";
import { ErrorState, LoadingState } from "../../States.js";
import { useToast } from "../../Toasts.js";

const KINDS: FeedbackKind[] = ["praise", "improvement", "upward"];
const DIRECTIONS: Array<FeedbackDirection | null> = [null, "given", "received"];
const PAGE = 6;
type Extra = { key: string; items: Feedback[]; cursor: string | null };

/** The pair's feedback, newest first, filterable by kind and direction, a page at a time. */
export function FeedbackHistory({ oneOnOneId, meId, name }: { oneOnOneId: string; meId: string; name: string }) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const [kind, setKind] = useState<FeedbackKind | null>(null);
  const [direction, setDirection] = useState<FeedbackDirection | null>(null);
  const key = `${oneOnOneId}|${kind}|${direction}`;
  const page = useResource(() => listPairFeedback(oneOnOneId, { kind, direction }, PAGE), key);
  const [extra, setExtra] = useState<Extra | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const mine = extra?.key === key ? extra : null;
  const items = [...(page.data?.feedback ?? []), ...(mine?.items ?? [])];
  const cursor = mine ? mine.cursor : (page.data?.nextCursor ?? null);
  const filtered = kind !== null || direction !== null;

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const next = await listPairFeedback(oneOnOneId, { kind, direction, before: cursor }, PAGE);
      setExtra({ key, items: [...(mine?.items ?? []), ...next.feedback], cursor: next.nextCursor });
    } catch (error) {
      toast.error(errorMessage(t, error));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Card titleId="feedback-title" title={t("insights.feedback.title")} lead={t("insights.feedback.lead")}>
      <div className="feedback-filters">
        <SelectField
          label={t("insights.feedback.kind")}
          value={kind ?? ""}
          onChange={(event) => setKind((event.target.value || null) as FeedbackKind | null)}
        >
          <option value="">{t("insights.feedback.allKinds")}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`insights.feedback.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="field feedback-direction">
          <legend className="field-label">{t("insights.feedback.direction")}</legend>
          <div className="segmented segmented-text">
            {DIRECTIONS.map((d) => (
              <button key={d ?? "all"} type="button" aria-pressed={direction === d} onClick={() => setDirection(d)}>
                {t(d ? `insights.feedback.${d}` : "insights.feedback.all")}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
      {!page.data ? (
        page.error ? (
          <ErrorState error={page.error} onRetry={page.reload} />
        ) : (
          <LoadingState />
        )
      ) : items.length === 0 ? (
        <p className="muted card-empty">
          {filtered ? t("insights.feedback.emptyFiltered") : t("insights.feedback.empty")}
        </p>
      ) : (
        <>
          <ul className="feedback-list">
            {items.map((f) => (
              <li key={f.id} className="feedback-item">
                <p className="feedback-head">
                  <span className={`badge feedback-kind feedback-kind-${f.kind}`}>
                    {t(`insights.feedback.kind.${f.kind}`)}
                  </span>
                  <span>
                    {f.fromUserId === meId
                      ? t("insights.feedback.fromYou", { name })
                      : t("insights.feedback.toYou", { name })}
                  </span>
                  <Link href={`/meetings/${f.meetingId}`}>{formatDate(f.meetingScheduledAt, locale, timeZone)}</Link>
                </p>
                <p className="feedback-body">{f.body}</p>
                {f.example ? (
                  <p className="feedback-example">{t("insights.feedback.example", { example: f.example })}</p>
                ) : null}
              </li>
            ))}
          </ul>
          {cursor ? (
            <div className="list-more">
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => void loadMore()}
                disabled={loadingMore}
              >
                {loadingMore ? t("common.loading") : t("common.loadMore")}
              </button>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
