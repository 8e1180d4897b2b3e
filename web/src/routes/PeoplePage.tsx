import { useMemo, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import type { Invitation, Person, UpdatePersonBody } from "../../../shared/schemas/people.js";
import { errorMessage } from "../api/errorMessage.js";
import { listInvitations, resendInvitation, revokeInvitation } from "../api/invitations.js";
import { listPeople, updatePerson } from "../api/people.js";
import { Card } from "../components/Card.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { CompactInput } from "../components/Field.js";
import { Icon } from "../components/Icon.js";
import { PageHeader } from "../components/PageHeader.js";
import { newLinkToast } from "../components/people/deliveryMessages.js";
import { InviteDialog } from "../components/people/InviteDialog.js";
import { rememberInviteLink } from "../components/people/inviteLinks.js";
import { PendingInvitations } from "../components/people/PendingInvitations.js";
import { PeopleIntro } from "../components/people/PeopleIntro.js";
import { PersonRow } from "../components/people/PersonRow.js";
import { WorkspaceExport } from "../components/people/WorkspaceExport.js";
import { LoadedPage } from "../components/States.js";
import { useToast } from "../components/Toasts.js";
import { useDocumentTitle } from "../hooks/useDocumentTitle.js";
import { useResource } from "../hooks/useResource.js";
import { useI18n } from "../i18n/I18nProvider.js";
import { canManagePeople } from "../session/currentOrg.js";
import { useSignedIn } from "../session/SessionProvider.js";

type Confirm = { kind: "status"; person: Person } | { kind: "revoke"; invitation: Invitation } | null;

async function loadPeoplePage(orgId: string, withInvitations: boolean) {
  const [people, invitations] = await Promise.all([
    listPeople(orgId),
    withInvitations ? listInvitations(orgId) : Promise.resolve({ invitations: [] }),
  ]);
  return { people: people.people, invitations: invitations.invitations };
}

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);

/** The directory: everyone in the workspace, reporting lines, roles and pending invitations. */
export default function PeoplePage() {
  const { t, tn } = useI18n();
  const toast = useToast();
  const search = useSearch();
  const [, navigate] = useLocation();
  const { me, membership } = useSignedIn();
  const orgId = membership?.organization.id ?? "";
  const canManage = canManagePeople(membership);
  const data = useResource(() => loadPeoplePage(orgId, canManage), `${orgId}:${canManage}`);
  const [inviteOpen, setInviteOpen] = useState(() => canManage && new URLSearchParams(search).has("invite"));
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [query, setQuery] = useState("");
  useDocumentTitle(t("nav.people"));

  const people = data.data?.people ?? [];
  const invitations = data.data?.invitations ?? [];
  const setPeople = (update: (list: Person[]) => Person[]) =>
    data.setData((d) => (d ? { ...d, people: update(d.people) } : d));
  const setInvitations = (update: (list: Invitation[]) => Invitation[]) =>
    data.setData((d) => (d ? { ...d, invitations: update(d.invitations) } : d));

  const { active, inactive } = useMemo(() => {
    const q = query.trim().toLowerCase();
    const visible = people
      .filter((p) => !q || p.name.toLowerCase().includes(q) || p.email.toLowerCase().includes(q))
      .sort(byName);
    return {
      active: visible.filter((p) => p.status === "active"),
      inactive: visible.filter((p) => p.status !== "active"),
    };
  }, [people, query]);

  const successMessage = (person: Person, patch: UpdatePersonBody): string => {
    if (patch.status) {
      return t(patch.status === "active" ? "people.toast.reactivated" : "people.toast.deactivated", {
        name: person.name,
      });
    }
    if (patch.role) return t("people.toast.role", { name: person.name });
    const manager = people.find((p) => p.userId === patch.managerId);
    return manager
      ? t("people.toast.manager", { name: person.name, manager: manager.name })
      : t("people.toast.noManager", { name: person.name });
  };

  const update = async (person: Person, patch: UpdatePersonBody) => {
    const before = person;
    setPeople((list) => list.map((p) => (p.userId === person.userId ? { ...p, ...patch } : p)));
    try {
      const { person: saved } = await updatePerson(orgId, person.userId, patch);
      setPeople((list) => list.map((p) => (p.userId === saved.userId ? saved : p)));
      toast.success(successMessage(person, patch));
    } catch (error) {
      setPeople((list) => list.map((p) => (p.userId === before.userId ? before : p)));
      toast.error(errorMessage(t, error));
    }
  };

  const revoke = async (invitation: Invitation) => {
    setInvitations((list) => list.filter((i) => i.id !== invitation.id));
    try {
      await revokeInvitation(orgId, invitation.id);
      toast.success(t("people.toast.revoked", { email: invitation.email }));
    } catch (error) {
      setInvitations((list) => [...list, invitation]);
      toast.error(errorMessage(t, error));
    }
  };

  const newLink = async (invitation: Invitation) => {
    try {
      const { acceptUrl, ...fresh } = await resendInvitation(orgId, invitation.id);
      // A set-password link goes to the person's mailbox only: there is no link to remember.
      if (acceptUrl) rememberInviteLink(me.user.id, fresh.id, acceptUrl);
      const { emailDelivery, ...pending } = fresh;
      setInvitations((list) => list.map((i) => (i.id === pending.id ? pending : i)));
      const { tone, key } = newLinkToast(pending.purpose, emailDelivery);
      toast[tone](t(key, { email: invitation.email }));
    } catch (error) {
      toast.error(errorMessage(t, error));
    }
  };

  const header = (
    <PageHeader
      title={t("people.title")}
      description={
        data.data
          ? tn("people.count", people.filter((p) => p.status === "active").length, {
              organization: membership?.organization.name ?? "",
            })
          : undefined
      }
      actions={
        <>
          <Link href="/people/chart" className="btn btn-secondary">
            <Icon name="tree" />
            {t("people.viewChart")}
          </Link>
          {canManage ? (
            <button type="button" className="btn btn-primary" onClick={() => setInviteOpen(true)}>
              <Icon name="plus" />
              {t("people.invite")}
            </button>
          ) : null}
        </>
      }
    />
  );

  const rowProps = {
    people,
    viewerId: me.user.id,
    viewerRole: membership?.role,
    canManage,
    onUpdate: update,
    onToggleStatus: (person: Person) => setConfirm({ kind: "status", person }),
  };

  return (
    <LoadedPage header={header} resource={data}>
      {() => (
        <>
          <PeopleIntro
            people={people}
            invitations={invitations}
            canManage={canManage}
            onInvite={() => setInviteOpen(true)}
          />

          <section className="section" aria-labelledby="team-title">
            <div className="section-header">
              <h2 id="team-title">{t("people.team")}</h2>
              {people.length > 6 ? (
                <div className="search">
                  <Icon name="search" size={16} />
                  <CompactInput
                    id="people-search"
                    type="search"
                    label={t("people.search")}
                    placeholder={t("people.search")}
                    value={query}
                    onChange={(event) => setQuery(event.target.value)}
                  />
                </div>
              ) : null}
            </div>
            {active.length > 0 ? (
              <ul className="person-list">
                {active.map((person) => (
                  <PersonRow key={person.userId} person={person} {...rowProps} />
                ))}
              </ul>
            ) : (
              <p className="muted">{t("people.noMatch")}</p>
            )}
          </section>

          {canManage ? (
            <PendingInvitations
              invitations={invitations}
              people={people}
              viewerId={me.user.id}
              viewerRole={membership?.role}
              onRevoke={(invitation) => setConfirm({ kind: "revoke", invitation })}
              onNewLink={newLink}
            />
          ) : null}

          {inactive.length > 0 ? (
            <Card
              titleId="inactive-title"
              title={t("people.deactivatedTitle")}
              lead={t("people.deactivatedText")}
              kind="section"
            >
              <ul className="person-list">
                {inactive.map((person) => (
                  <PersonRow key={person.userId} person={person} {...rowProps} />
                ))}
              </ul>
            </Card>
          ) : null}

          {canManage ? <WorkspaceExport orgId={orgId} /> : null}

          {canManage ? (
            <InviteDialog
              open={inviteOpen}
              onClose={() => {
                setInviteOpen(false);
                // Opened from the home checklist: drop ?invite so a reload does not reopen it.
                if (search) navigate("/people", { replace: true });
              }}
              orgId={orgId}
              people={people}
              viewerRole={membership?.role}
              onCreated={(invitation) => {
                if (invitation.acceptUrl) rememberInviteLink(me.user.id, invitation.id, invitation.acceptUrl);
                const { acceptUrl: _url, emailDelivery, ...pending } = invitation;
                setInvitations((list) => [pending, ...list.filter((i) => i.id !== invitation.id)]);
                const told = { email: invitation.email };
                if (emailDelivery === "not_sent") toast.success(t("people.toast.invitedNotSent", told));
                else toast.success(t("people.toast.invited", told));
              }}
            />
          ) : null}

          <ConfirmDialog
            open={confirm?.kind === "status"}
            title={
              confirm?.kind === "status" && confirm.person.status === "active"
                ? t("people.confirmDeactivate.title", { name: confirm.person.name })
                : t("people.confirmReactivate.title", { name: confirm?.kind === "status" ? confirm.person.name : "" })
            }
            message={
              confirm?.kind === "status" && confirm.person.status === "active"
                ? t("people.confirmDeactivate.text")
                : t("people.confirmReactivate.text")
            }
            confirmLabel={
              confirm?.kind === "status" && confirm.person.status === "active"
                ? t("people.deactivate")
                : t("people.reactivate")
            }
            tone={confirm?.kind === "status" && confirm.person.status === "active" ? "danger" : "primary"}
            onClose={() => setConfirm(null)}
            onConfirm={() => {
              if (confirm?.kind !== "status") return;
              const person = confirm.person;
              void update(person, { status: person.status === "active" ? "deactivated" : "active" });
            }}
          />
          <ConfirmDialog
            open={confirm?.kind === "revoke"}
            title={t("people.confirmRevoke.title")}
            message={t("people.confirmRevoke.text", {
              email: confirm?.kind === "revoke" ? confirm.invitation.email : "",
            })}
            confirmLabel={t("people.pending.revoke")}
            onClose={() => setConfirm(null)}
            onConfirm={() => {
              if (confirm?.kind === "revoke") void revoke(confirm.invitation);
            }}
          />
        </>
      )}
    </LoadedPage>
  );
}
