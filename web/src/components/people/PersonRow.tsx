import { useId } from "react";
import { Link } from "wouter";
import type { Role } from "../../../../shared/schemas/common.js";
import type { Person, UpdatePersonBody } from "../../../../shared/schemas/people.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Avatar } from "../Avatar.js";
import { directReportCount, managerCandidates } from "./reportingLines.js";
import { assignableRoles, ROLE_LABELS } from "./roleLabels.js";

type PersonRowProps = {
  person: Person;
  people: Person[];
  viewerId: string;
  viewerRole: Role | undefined;
  canManage: boolean;
  onUpdate: (person: Person, patch: UpdatePersonBody) => void;
  onToggleStatus: (person: Person) => void;
};

/** One person: who they are, their role and manager, and the admin controls to change them. */
export function PersonRow({
  person,
  people,
  viewerId,
  viewerRole,
  canManage,
  onUpdate,
  onToggleStatus,
}: PersonRowProps) {
  const { t, tn } = useI18n();
  const roleId = useId();
  const managerId = useId();
  const isMe = person.userId === viewerId;
  const manager = people.find((p) => p.userId === person.managerId);
  const reports = directReportCount(people, person.userId);
  const active = person.status === "active";
  const ownerLocked = person.role === "owner" && viewerRole !== "owner";
  const roles = ownerLocked ? (["owner", "admin", "member"] as Role[]) : assignableRoles(viewerRole);

  return (
    <li className={`person-row${active ? "" : " person-row-inactive"}`}>
      <div className="person-identity">
        <Avatar name={person.name} seed={person.userId} />
        <div className="person-text">
          <p className="person-name">
            {person.name}
            {isMe ? <span className="badge badge-accent">{t("people.you")}</span> : null}
            {active ? null : <span className="badge badge-neutral">{t("people.status.deactivated")}</span>}
          </p>
          <p className="person-email">{person.email}</p>
          {reports > 0 ? <p className="person-reports">{tn("people.directReports", reports)}</p> : null}
          {active && !isMe && person.managerId === viewerId ? (
            <p className="person-link">
              <Link href={`/one-on-ones/new?teammate=${encodeURIComponent(person.userId)}`}>
                {t("people.startOneOnOne")}
                <span className="visually-hidden"> {t("home.actions.with", { name: person.name })}</span>
              </Link>
            </p>
          ) : null}
        </div>
      </div>

      {canManage && active ? (
        <>
          <div className="person-field">
            <label htmlFor={roleId} className="person-field-label">
              {t("fields.role")}
              <span className="visually-hidden"> {t("people.ofPerson", { name: person.name })}</span>
            </label>
            <select
              id={roleId}
              className="input select input-compact"
              value={person.role}
              disabled={ownerLocked}
              onChange={(event) => onUpdate(person, { role: event.target.value as Role })}
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(ROLE_LABELS[role])}
                </option>
              ))}
            </select>
          </div>
          <div className="person-field">
            <label htmlFor={managerId} className="person-field-label">
              {t("fields.manager")}
              <span className="visually-hidden"> {t("people.ofPerson", { name: person.name })}</span>
            </label>
            <select
              id={managerId}
              className="input select input-compact"
              value={person.managerId ?? ""}
              onChange={(event) => onUpdate(person, { managerId: event.target.value || null })}
            >
              <option value="">{t("people.noManager")}</option>
              {managerCandidates(people, person).map((candidate) => (
                <option key={candidate.userId} value={candidate.userId}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <>
          <div className="person-field">
            <span className="person-field-label">{t("fields.role")}</span>
            <span className="person-field-value">{t(ROLE_LABELS[person.role])}</span>
          </div>
          <div className="person-field">
            <span className="person-field-label">{t("fields.manager")}</span>
            <span className="person-field-value">{manager ? manager.name : t("people.noManager")}</span>
          </div>
        </>
      )}

      <div className="person-actions">
        {canManage && !isMe && !ownerLocked ? (
          <button
            type="button"
            className={`btn btn-sm ${active ? "btn-ghost-danger" : "btn-secondary"}`}
            onClick={() => onToggleStatus(person)}
          >
            {active ? t("people.deactivate") : t("people.reactivate")}
            <span className="visually-hidden"> {person.name}</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}
