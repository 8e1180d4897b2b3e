import { useState } from "react";
import type { OneOnOneStatus } from "../../../../shared/schemas/one-on-ones.js";
import { errorMessage } from "../../api/errorMessage.js";
import { type OneOnOneDetail, updateOneOnOne } from "../../api/oneOnOnes.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { Icon } from "../Icon.js";
import { useToast } from "../Toasts.js";

type Props = { oneOnOne: OneOnOneDetail; onChanged: () => void };

/** Pause, resume or end the 1:1, each after a plain-language confirmation. */
export function OneOnOneStatusControls({ oneOnOne, onChanged }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [asking, setAsking] = useState<OneOnOneStatus | null>(null);
  const name = oneOnOne.teammate.name;

  const change = async (status: OneOnOneStatus) => {
    try {
      await updateOneOnOne(oneOnOne.id, { status });
      toast.success(t(`oneOnOne.toast.${status}`, { name }));
      onChanged();
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  const copy: Record<OneOnOneStatus, { title: string; text: string; label: string; tone: "danger" | "primary" }> = {
    paused: {
      title: t("oneOnOne.confirmPause.title"),
      text: t("oneOnOne.confirmPause.text"),
      label: t("oneOnOne.pause"),
      tone: "primary",
    },
    active: {
      title: t("oneOnOne.confirmResume.title"),
      text: t("oneOnOne.confirmResume.text"),
      label: t("oneOnOne.resume"),
      tone: "primary",
    },
    ended: {
      title: t("oneOnOne.confirmEnd.title", { name }),
      text: t("oneOnOne.confirmEnd.text"),
      label: t("oneOnOne.end"),
      tone: "danger",
    },
  };

  if (oneOnOne.status === "ended") return <p className="muted">{t("oneOnOne.endedText")}</p>;
  return (
    <div className="status-controls">
      {oneOnOne.status === "active" ? (
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => setAsking("paused")}>
          <Icon name="pause" size={16} />
          {t("oneOnOne.pause")}
        </button>
      ) : (
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => setAsking("active")}>
          <Icon name="play" size={16} />
          {t("oneOnOne.resume")}
        </button>
      )}
      <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => setAsking("ended")}>
        {t("oneOnOne.end")}
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
