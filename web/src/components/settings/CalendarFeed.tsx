import { useId, useState } from "react";
import { ApiError } from "../../api/client.js";
import { errorMessage } from "../../api/errorMessage.js";
import { getCalendarFeed, rotateCalendarFeed } from "../../api/preferences.js";
import { useResource } from "../../hooks/useResource.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { CopyField } from "../CopyButton.js";
import { Icon } from "../Icon.js";
import { Loaded } from "../States.js";
import { useToast } from "../Toasts.js";

/** The secret ICS feed URL: copy it, learn how to subscribe, reset it if it leaked. */
export function CalendarFeed() {
  const { t } = useI18n();
  const toast = useToast();
  const feed = useResource(getCalendarFeed, "calendar-feed");
  const [confirming, setConfirming] = useState(false);
  const inputId = useId();

  const rotate = async () => {
    try {
      feed.setData(await rotateCalendarFeed());
      toast.success(t("settings.calendar.resetDone"));
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  return (
    <Card id="calendar" title={t("settings.calendar.title")} lead={t("settings.calendar.lead")}>
      {!feed.data && feed.error instanceof ApiError && feed.error.code === "workspace_scoped_session" ? (
        <p className="callout callout-warning">
          <Icon name="lock" />
          <span>{t("settings.calendar.scopedSession")}</span>
        </p>
      ) : (
        <Loaded resource={feed}>
          {({ url }) => (
            <div className="calendar-feed">
              <label htmlFor={inputId} className="field-label">
                {t("settings.calendar.urlLabel")}
              </label>
              <CopyField id={inputId} value={url} copyLabel={t("settings.calendar.copy")} />
              <p className="callout callout-warning">
                <Icon name="lock" />
                <span>{t("settings.calendar.warning")}</span>
              </p>
              <h3 className="calendar-how">{t("settings.calendar.howTitle")}</h3>
              <ul className="calendar-steps">
                <li>{t("settings.calendar.google")}</li>
                <li>{t("settings.calendar.outlook")}</li>
                <li>{t("settings.calendar.apple")}</li>
              </ul>
              <p className="field-hint">{t("settings.calendar.refresh")}</p>
              <div>
                <button type="button" className="btn btn-ghost-danger btn-sm" onClick={() => setConfirming(true)}>
                  {t("settings.calendar.reset")}
                </button>
              </div>
              <ConfirmDialog
                open={confirming}
                title={t("settings.calendar.resetTitle")}
                message={t("settings.calendar.resetText")}
                confirmLabel={t("settings.calendar.reset")}
                onConfirm={rotate}
                onClose={() => setConfirming(false)}
              />
            </div>
          )}
        </Loaded>
      )}
    </Card>
  );
}
