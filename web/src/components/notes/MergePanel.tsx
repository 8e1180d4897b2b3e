import type { Note } from "../../../../shared/schemas/meetings.js";
import { formatTime } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import type { MergeChoice } from "./mergeNotes.js";

type Props = {
  theirs: Note;
  mine: string;
  /** Who saved their version; null when it was the viewer, in another window. */
  theirName: string | null;
  onResolve: (choice: MergeChoice) => void;
};

/** Both versions side by side, and three explicit ways forward; nothing is thrown away without a choice. */
export function MergePanel({ theirs, mine, theirName, onResolve }: Props) {
  const { t, locale, timeZone } = useI18n();
  const time = theirs.updatedAt ? formatTime(theirs.updatedAt, locale, timeZone) : "";
  return (
    <section className="merge-panel" role="alert" aria-labelledby="merge-title">
      <p id="merge-title" className="merge-title">
        <Icon name="alert" />
        {theirName ? t("notes.merge.title", { name: theirName }) : t("notes.merge.titleSelf")}
      </p>
      <p className="merge-lead">{t("notes.merge.lead")}</p>
      <div className="merge-versions">
        <div>
          <p className="merge-label">
            {theirName ? t("notes.merge.theirs", { name: theirName, time }) : t("notes.merge.theirsSelf", { time })}
          </p>
          <pre className="merge-text">{theirs.body || t("notes.merge.empty")}</pre>
        </div>
        <div>
          <p className="merge-label">{t("notes.merge.mine")}</p>
          <pre className="merge-text">{mine || t("notes.merge.empty")}</pre>
        </div>
      </div>
      <div className="merge-actions">
        <button type="button" className="btn btn-primary btn-sm" onClick={() => onResolve("keepBoth")}>
          {t("notes.merge.keepBoth")}
        </button>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => onResolve("keepMine")}>
          {t("notes.merge.keepMine")}
        </button>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => onResolve("useTheirs")}>
          {t("notes.merge.useTheirs")}
        </button>
      </div>
      <p className="merge-hint">{t("notes.merge.hint")}</p>
    </section>
  );
}
