import type { MessageKey } from "../../../../../shared/i18n/en.js";
import type { AlertKind } from "../../../../../shared/schemas/insights.js";
import { useI18n } from "../../../i18n/I18nProvider.js";
import { Icon } from "../../Icon.js";

const TONE: Record<AlertKind, "danger" | "warning"> = {
  no_one_on_one: "warning",
  low_mood: "danger",
  mood_drop: "danger",
  overdue: "warning",
  overdue_actions: "warning",
  repeated_cancellations: "warning",
};

/** Each alert as a short name and the one thing to do about it. */
export function AlertList({
  alerts,
  daysSinceLast,
  label,
}: {
  alerts: AlertKind[];
  daysSinceLast: number | null;
  label: string;
}) {
  const { t, tn } = useI18n();
  const hint = (alert: AlertKind) => {
    if (alert !== "overdue") return t(`insights.alert.${alert}Hint` as MessageKey);
    return daysSinceLast === null
      ? t("insights.alert.overdueNever")
      : t("insights.alert.overdueHint", { days: tn("insights.days", daysSinceLast) });
  };
  return (
    <ul className="alert-list" aria-label={label}>
      {alerts.map((alert) => (
        <li key={alert} className={`alert-item alert-${TONE[alert]}`}>
          <Icon name="alert" size={16} />
          <span>
            <strong>{t(`insights.alert.${alert}` as MessageKey)}</strong> — {hint(alert)}
          </span>
        </li>
      ))}
    </ul>
  );
}
