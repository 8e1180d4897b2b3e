import { type ReactNode, useId } from "react";
import { Link } from "wouter";
import type { Role } from "../../../../shared/schemas/common.js";
import type { Person, UpdatePersonBody } from "../../../../shared/schemas/people.js";
import { useI18n } from "../../i18n/I18nProvider.js";
import { Avatar } from "../Avatar.js";
import { CompactSelect } from "../Field.js";
import { directReportCount, managerCandidates } from "./reportingLines.js";
import { assignableRoles, ROLE_LABELS } from "./roleLabels.js";

type PersonFieldProps = {
  label: string;
  /** Whose field this is, for screen readers. */
  personName: string;
  /** The control, given the id its label points to. */
  children: (id: string) => ReactNode;
};

/** One of a person's fields (role, manager) that an admin can change, labelled with whose it is. */
function PersonField({ label, personName, children }: PersonFieldProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="person-field">
      <label htmlFor={id} className="person-field-label">
        {label}
        <span className="visually-hidden"> {t("people.ofPerson", { name: personName })}</span>
      </label>
      {children(id)}
    </div>
  );
}

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
          <PersonField label={t("fields.role")} personName={person.name}>
            {(id) => (
              <CompactSelect
                id={id}
                value={person.role}
                disabled={ownerLocked}
                onChange={(role) => onUpdate(person, { role: role as Role })}
                options={roles.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) }))}
              />
            )}
          </PersonField>
          <PersonField label={t("fields.manager")} personName={person.name}>
            {(id) => (
              <CompactSelect
                id={id}
                value={person.managerId ?? ""}
                onChange={(managerId) => onUpdate(person, { managerId: managerId || null })}
                options={[
                  { value: "", label: t("people.noManager") },
                  ...managerCandidates(people, person).map((c) => ({ value: c.userId, label: c.name })),
                ]}
              />
            )}
          </PersonField>
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
