import type { ReactNode } from "react";
import { formatTime } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import type { SaveStatus } from "./useNoteAutosave.js";

type Props = { status: SaveStatus; savedAt: string | null; error: string | null; onRetry: () => void };

/** Where the note stands — saving, saved, offline or in conflict — announced politely. */
export function SaveStatusLine({ status, savedAt, error, onRetry }: Props) {
  const { t, locale, timeZone } = useI18n();
  let content: ReactNode = null;
  if (status === "saving") content = t("notes.saving");
  else if (status === "saved" && savedAt) content = t("notes.savedAt", { time: formatTime(savedAt, locale, timeZone) });
  else if (status === "saved") content = t("notes.saved");
  else if (status === "idle") content = t("notes.autosaves");
  else if (status === "conflict") content = t("notes.conflictStatus");
  else if (status === "offline" || status === "error")
    content = (
      <>
        <Icon name="alert" size={14} />
        <span>{status === "offline" ? t("notes.offline") : error}</span>
        <button type="button" className="link-button" onClick={onRetry}>
          {t("common.retry")}
        </button>
      </>
    );
  return (
    <p className={`save-status save-status-${status}`} role="status" aria-live="polite">
      {content}
    </p>
  );
}
