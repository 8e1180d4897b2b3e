import { Link } from "wouter";
import type { Home } from "../../../../shared/schemas/meetings.js";
import { errorMessage } from "../../api/errorMessage.js";
import { updateActionItem } from "../../api/meetings.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { todayIn } from "../../time/zonedTime.js";
import { ActionRow } from "../actions/ActionRow.js";
import { useToast } from "../Toasts.js";

type OpenAction = Home["openActions"][number];

type Props = { actions: OpenAction[]; onChange: (actions: OpenAction[]) => void };

/** The next steps I own across every 1:1; ticking one marks it done at once (and can be undone). Rows keep their place. */
export function MyOpenActions({ actions, onChange }: Props) {
  const { t, timeZone } = useI18n();
  const toast = useToast();
  const today = todayIn(timeZone);

  const toggle = async (action: OpenAction, done: boolean) => {
    const status = done ? "done" : "open";
    const replace = (next: OpenAction) => actions.map((a) => (a.id === action.id ? next : a));
    onChange(replace({ ...action, status }));
    try {
      await updateActionItem(action.id, { status });
      toast.success(done ? t("actions.toast.done", { title: action.title }) : t("actions.toast.reopened"));
    } catch (error) {
      onChange(replace(action));
      toast.error(errorMessage(t, error));
    }
  };

  if (actions.length === 0) return <p className="muted card-empty">{t("home.actions.empty")}</p>;
  return (
    <ul className="action-list">
      {actions.map((action) => (
        <ActionRow
          key={action.id}
          action={action}
          today={today}
          onToggle={(done) => void toggle(action, done)}
          context={
            <Link href={`/one-on-ones/${action.oneOnOneId}`}>
              {t("home.actions.with", { name: action.counterpart.name })}
            </Link>
          }
        />
      ))}
    </ul>
  );
}
