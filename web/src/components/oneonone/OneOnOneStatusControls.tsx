import { useState } from "react";
import type { SeriesStatus } from "../../../../shared/schemas/one-on-ones.js";
import { errorMessage } from "../../api/errorMessage.js";
import { type OneOnOneDetail, updateOneOnOne } from "../../api/oneOnOnes.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { Icon } from "../Icon.js";
import { useToast } from "../Toasts.js";

type Props = { series: OneOnOneDetail; onChanged: () => void };

/** Pause, resume or end the series, each after a plain-language confirmation. */
export function OneOnOneStatusControls({ series, onChanged }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [asking, setAsking] = useState<SeriesStatus | null>(null);
  const name = series.teammate.name;

  const change = async (status: SeriesStatus) => {
    try {
      await updateOneOnOne(series.id, { status });
      toast.success(t(`series.toast.${status}`, { name }));
      onChanged();
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  const copy: Record<SeriesStatus, { title: string; text: string; label: string; tone: "danger" | "primary" }> = {
    paused: {
      title: t("series.confirmPause.title"),
      text: t("series.confirmPause.text"),
      label: t("series.pause"),
      tone: "primary",
    },
    active: {
      title: t("series.confirmResume.title"),
      text: t("series.confirmResume.text"),
      label: t("series.resume"),
      tone: "primary",
    },
    ended: {
      title: t("series.confirmEnd.title", { name }),
      text: t("series.confirmEnd.text"),
      label: t("series.end"),
      tone: "danger",
    },
  };

  if (series.status === "ended") return <p className="muted">{t("series.endedText")}</p>;
  return (
    <div className="status-controls">
      {series.status === "active" ? (
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => setAsking("paused")}>
          <Icon name="pause" size={16} />
          {t("series.pause")}
        </button>
      ) : (
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => setAsking("active")}>
          <Icon name="play" size={16} />
          {t("series.resume")}
        </button>
      )}
      <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => setAsking("ended")}>
        {t("series.end")}
      </button>
      <ConfirmDialog
        open={asking !== null}
        title={asking ? copy[asking].title : ""}
        message={asking ? copy[asking].text : ""}
        confirmLabel={asking ? copy[asking].label : ""}
        tone={asking ? copy[asking].tone : "primary"}
        onClose={() => setAsking(null)}
        onConfirm={() => (asking ? change(asking) : undefined)}
      />
    </div>
  );
}
