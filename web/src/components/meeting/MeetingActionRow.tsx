import { type FormEvent, useId, useState } from "react";
import type { ActionItem } from "../../../../shared/schemas/meetings.js";
import { formatPlainDate } from "../../i18n/format.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { todayIn } from "../../time/zonedTime.js";
import { ActionFields } from "../actions/ActionFields.js";
import { ActionRow } from "../actions/ActionRow.js";
import { useActionDraft } from "../actions/useActionDraft.js";
import { Icon } from "../Icon.js";
import { useMeeting } from "./MeetingContext.js";
import { isPending } from "./useMeetingOps.js";

/** A next step inside a meeting: tick it, and edit, reassign, drop or restore it. */
export function MeetingActionRow({ action, showOrigin = false }: { action: ActionItem; showOrigin?: boolean }) {
  const { t, locale, timeZone } = useI18n();
  const { detail, meId, labelOf, today, ops, abilities } = useMeeting();
  const panelId = useId();
  const [editing, setEditing] = useState(false);
  const { draft, setDraft, titleError, checkedTitle } = useActionDraft({
    title: action.title,
    ownerId: action.ownerId,
    dueDate: action.dueDate ?? "",
  });
  const pending = isPending(action.id);
  const people = [detail.oneOnOne.teammate, detail.oneOnOne.leader];
  const editable = !pending && abilities.updateAction;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const title = checkedTitle();
    if (!title) return;
    const ok = await ops.updateAction(action, { title, ownerId: draft.ownerId, dueDate: draft.dueDate || null });
    if (ok) setEditing(false);
  };

  const context = (
    <>
      {labelOf(action.ownerId)}
      {showOrigin
        ? ` · ${t("actions.since", { date: formatPlainDate(todayIn(timeZone, Date.parse(action.createdAt)), locale) })}`
        : ""}
    </>
  );

  return (
    <ActionRow
      action={action}
      today={today}
      context={context}
      onToggle={editable ? (done) => void ops.updateAction(action, { status: done ? "done" : "open" }) : undefined}
      controls={
        editable ? (
          <button
            type="button"
            className="icon-button icon-button-sm"
            aria-expanded={editing}
            aria-controls={panelId}
            aria-label={t("actions.editLabel", { title: action.title })}
            onClick={() => {
              setDraft({ title: action.title, ownerId: action.ownerId, dueDate: action.dueDate ?? "" });
              setEditing((v) => !v);
            }}
          >
            <Icon name="pencil" size={16} />
          </button>
        ) : null
      }
    >
      {editing ? (
        <form id={panelId} className="action-edit" onSubmit={save}>
          <ActionFields value={draft} onChange={setDraft} people={people} meId={meId} titleError={titleError} />
          <div className="action-edit-buttons">
            {action.status === "dropped" ? (
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={() => void ops.updateAction(action, { status: "open" }).then(() => setEditing(false))}
              >
                <Icon name="restore" size={16} />
                {t("actions.restore")}
              </button>
            ) : (
              <button
                type="button"
                className="btn btn-ghost-danger btn-sm"
                onClick={() => void ops.updateAction(action, { status: "dropped" }).then(() => setEditing(false))}
              >
                {t("actions.drop")}
              </button>
            )}
            <span className="spacer" />
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => setEditing(false)}>
              {t("common.cancel")}
            </button>
            <button type="submit" className="btn btn-primary btn-sm">
              {t("common.save")}
            </button>
          </div>
        </form>
      ) : null}
    </ActionRow>
  );
}
