import { useState } from "react";
import type { MessageKey } from "../../../../shared/i18n/en.js";
import { errorMessage } from "../../api/errorMessage.js";
import { getNotifications, type NotificationPreferences, updateNotifications } from "../../api/preferences.js";
import { useResource } from "../../hooks/useResource.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Card } from "../Card.js";
import { Loaded } from "../States.js";
import { useToast } from "../Toasts.js";

const KINDS = ["reminders", "recaps", "digest", "nudges"] as const;
type Kind = (typeof KINDS)[number];

/** Which e-mails I receive: reminders, recaps, the weekly digest and nudges, saved as soon as they change. */
export function NotificationSettings() {
  const { t } = useI18n();
  const toast = useToast();
  const prefs = useResource<NotificationPreferences>(getNotifications, "notifications");
  const [saving, setSaving] = useState<Kind | null>(null);

  const toggle = async (kind: Kind, on: boolean) => {
    const before = prefs.data;
    if (!before || saving) return;
    prefs.setData((p) => (p ? { ...p, [kind]: on } : p));
    setSaving(kind);
    const name = t(`settings.notifications.${kind}` as MessageKey);
    try {
      prefs.setData(await updateNotifications({ [kind]: on }));
      toast.success(on ? t("settings.notifications.on", { name }) : t("settings.notifications.off", { name }));
    } catch (error) {
      prefs.setData(before);
      toast.error(errorMessage(t, error));
    } finally {
      setSaving(null);
    }
  };

  return (
    <Card id="notifications" title={t("settings.notifications.title")} lead={t("settings.notifications.lead")}>
      <Loaded resource={prefs}>
        {(data) => (
          <ul className="toggle-list">
            {KINDS.map((kind) => (
              <li key={kind}>
                <label className="toggle-row">
                  <input
                    type="checkbox"
                    role="switch"
                    className="switch"
                    checked={data[kind]}
                    aria-checked={data[kind]}
                    aria-describedby={`notify-${kind}-hint`}
                    aria-busy={saving === kind || undefined}
                    onChange={(event) => void toggle(kind, event.target.checked)}
                  />
                  <span className="toggle-text">
                    <span className="toggle-name">{t(`settings.notifications.${kind}` as MessageKey)}</span>
                    <span id={`notify-${kind}-hint`} className="toggle-hint">
                      {t(`settings.notifications.${kind}Hint` as MessageKey)}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </Card>
  );
}
