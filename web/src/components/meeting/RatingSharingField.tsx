import { useEffect, useState } from "react";
import type { RatingSharing } from "../../../../shared/schemas/one-on-ones.js";
import { errorMessage } from "../../api/errorMessage.js";
import { setRatingSharing } from "../../api/oneOnOnes.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Icon } from "../Icon.js";
import { useToast } from "../Toasts.js";

type Props = {
  oneOnOneId: string;
  sharing: RatingSharing;
  leaderName: string;
  teammateName: string;
  /** Tells the page the new setting (e.g. to show or hide the teammate's ratings). */
  onChanged?: (sharing: RatingSharing) => void;
};

/**
 * Who sees the teammate's ratings, beside the rating: the teammate (who alone may change it,
 * as the server says) gets a switch; the leader is told whether the teammate shares them.
 */
export function RatingSharingField({ oneOnOneId, sharing, leaderName, teammateName, onChanged }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [shared, setShared] = useState(sharing.sharedWithLeader);
  const [saving, setSaving] = useState(false);
  useEffect(() => setShared(sharing.sharedWithLeader), [sharing.sharedWithLeader]);

  if (!sharing.canChange) {
    return (
      <p className="muted rating-sharing" data-testid="rating-sharing">
        <Icon name={shared ? "eye" : "lock"} size={14} />{" "}
        {shared ? t("rating.sharedWithYou", { name: teammateName }) : t("rating.privateToThem", { name: teammateName })}
      </p>
    );
  }
  const change = async (next: boolean) => {
    setShared(next);
    setSaving(true);
    try {
      const saved = await setRatingSharing(oneOnOneId, next);
      setShared(saved.sharedWithLeader);
      onChanged?.(saved);
      toast.success(saved.sharedWithLeader ? t("rating.shareOn", { name: leaderName }) : t("rating.shareOff"));
    } catch (error) {
      setShared(!next);
      toast.error(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="rating-sharing" data-testid="rating-sharing">
      <label className="check-label">
        <input
          type="checkbox"
          className="check"
          checked={shared}
          disabled={saving}
          onChange={(event) => void change(event.target.checked)}
        />
        {t("rating.shareLabel", { name: leaderName })}
      </label>
      <p className="field-hint">{shared ? t("rating.shareHintOn", { name: leaderName }) : t("rating.shareHintOff")}</p>
    </div>
  );
}
