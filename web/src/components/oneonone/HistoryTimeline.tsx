import { useCallback, useEffect, useState } from "react";
import type { MeetingListItem } from "../../../../shared/schemas/meetings.js";
import { errorMessage } from "../../api/errorMessage.js";
import { listOneOnOneMeetings } from "../../api/oneOnOnes.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { ErrorState, LoadingState } from "../States.js";
import { HistoryItem } from "./HistoryItem.js";

const PAGE = 10;

type Props = { oneOnOneId: string; nameOf: (id: string) => string };

/** Past meetings, newest first, a page at a time. */
export function HistoryTimeline({ oneOnOneId, nameOf }: Props) {
  const { t } = useI18n();
  const [meetings, setMeetings] = useState<MeetingListItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const loadFirst = useCallback(() => {
    setError(null);
    listOneOnOneMeetings(oneOnOneId, { limit: PAGE }).then(
      (page) => {
        setMeetings(page.meetings);
        setCursor(page.nextCursor);
      },
      (failure: unknown) => setError(failure),
    );
  }, [oneOnOneId]);

  useEffect(loadFirst, [loadFirst]);

  const loadMore = async () => {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listOneOnOneMeetings(oneOnOneId, { before: cursor, limit: PAGE });
      setMeetings((list) => [...(list ?? []), ...page.meetings]);
      setCursor(page.nextCursor);
    } catch (failure) {
      setMoreError(errorMessage(t, failure));
    } finally {
      setLoadingMore(false);
    }
  };

  const past = (meetings ?? []).filter((m) => m.status !== "scheduled");
  return (
    <Card titleId="history-title" title={t("history.title")} lead={t("history.lead")} kind="section">
      {error ? (
        <ErrorState error={error} onRetry={loadFirst} />
      ) : !meetings ? (
        <LoadingState />
      ) : past.length === 0 ? (
        <p className="muted card-empty">{t("history.empty")}</p>
      ) : (
        <>
          <ol className="history">
            {past.map((meeting) => (
              <HistoryItem key={meeting.id} meeting={meeting} nameOf={nameOf} />
            ))}
          </ol>
          {cursor ? (
            <div className="history-more">
              <button
                type="button"
                className="btn btn-secondary"
                onClick={loadMore}
                aria-disabled={loadingMore || undefined}
              >
                {loadingMore ? t("common.loading") : t("common.loadMore")}
              </button>
              {moreError ? (
                <p className="field-error" role="alert">
                  {moreError}
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
