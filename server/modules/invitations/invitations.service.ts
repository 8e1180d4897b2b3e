import type { Selectable } from "kysely";
import type { Organization, User } from "../../../shared/schemas/auth.js";
import type {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  Invitation,
  InvitationPreview,
} from "../../../shared/schemas/people.js";
import type { Actor, Deps, RequestMeta } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import type { InvitationsTable } from "../../db/schema.js";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../http/errors.js";
import { consumeRateLimit } from "../../http/rate-limit.js";
import { recordAudit } from "../audit/audit.repo.js";
import { findUserByEmail, insertUser } from "../auth/auth.repo.js";
import { checkPasswordLikeSignIn } from "../auth/password-check.js";
import { hashPassword, NO_PASSWORD } from "../auth/passwords.js";
import { presentUser } from "../auth/present-user.js";
import { hashToken, newSecretToken } from "../auth/secret-tokens.js";
import { type NewSession, startSession } from "../auth/sessions.js";
import { recordMembershipStatusChange } from "../organizations/membership-periods.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import { findMembership, insertMembership } from "../organizations/organizations.repo.js";
import { presentOrganization } from "../organizations/present-organization.js";
import { updateMembership } from "../people/people.repo.js";
import { sendInvitationEmail } from "./invitation-email.js";
import { consumeInvitationAllowance } from "./invitation-limits.js";
import {
  findUsableInvitation,
  insertInvitation,
  listPendingInvitations,
  markInvitationAccepted,
  renewInvitationLink,
  revokePendingInvitations,
  setFirstPassword,
} from "./invitations.repo.js";

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const invitationInvalid = () =>
  new AppError(404, "invitation_invalid", "This invitation link is invalid, expired or already used");
/** P7: an imported account's first password is set only through the set-password link issued for it. */
const accountAwaitingFirstPassword = () =>
  conflict(
    "account_awaiting_first_password",
    "This account was imported and has no password yet: only the set-password link issued for it can open it. The person should use that link first; an admin of their workspace can resend it.",
  );
/** An imported account that has not chosen its password yet. */
const awaitsFirstPassword = (user: { passwordHash: string } | undefined) => user?.passwordHash === NO_PASSWORD;

/**
 * An invitation speaks for its inviter: it works only while they may still invite that role in the
 * workspace (an active admin; an owner for an owner invitation), so a removed admin cannot come back
 * through a link they kept. A set-password link stands for the import, not for a person.
 */
async function findVouchedInvitation(deps: Deps, token: string) {
  const invitation = await findUsableInvitation(deps.db.kysely, hashToken(token), deps.clock.now().toISOString());
  if (!invitation) return undefined;
  if (invitation.purpose === "set_password") return invitation;
  const mayInvite =
    invitation.inviterStatus === "active" &&
    (invitation.inviterRole === "owner" || (invitation.inviterRole === "admin" && invitation.role !== "owner"));
  return mayInvite ? invitation : undefined;
}

function presentInvitation(row: Selectable<InvitationsTable>): Invitation {
  const { id, email, name, role, managerId, expiresAt, createdAt, purpose } = row;
  return { id, email, name, role, managerId, expiresAt, createdAt, purpose };
}

/** Invites someone by e-mail (admins). The link is returned to the admin and e-mailed. */
export async function createInvitation(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: CreateInvitationBody,
  meta: RequestMeta,
): Promise<CreatedInvitation> {
  const me = await requireAdmin(deps, actor, organizationId);
  const role = input.role ?? "member";
  if (role === "owner" && me.role !== "owner") throw forbidden("owner_required", "Only an owner can invite an owner");
  const db = deps.db.kysely;
  if (input.managerId) {
    const manager = await findMembership(db, organizationId, input.managerId);
    if (manager?.status !== "active") {
      throw badRequest("invalid_manager", "must be an active member of this workspace", "managerId");
    }
  }
  const existing = await findUserByEmail(db, input.email);
  if (awaitsFirstPassword(existing)) throw accountAwaitingFirstPassword();
  const membership = existing && (await findMembership(db, organizationId, existing.id));
  if (membership?.status === "active") throw conflict("already_member", "This person is already in the workspace");
  await consumeInvitationAllowance(deps, organizationId, actor.userId);

  const token = newSecretToken();
  const now = deps.clock.now();
  const row: Selectable<InvitationsTable> = {
    id: newId(),
    organizationId,
    email: input.email,
    name: input.name ?? null,
    role,
    managerId: input.managerId ?? null,
    tokenHash: hashToken(token),
    invitedBy: actor.userId,
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
    acceptedAt: null,
    revokedAt: null,
    createdAt: now.toISOString(),
    purpose: "invitation",
    userId: null,
  };
  await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    // A fresh invitation replaces any earlier pending one for the same address.
    await revokePendingInvitations(trx, organizationId, { email: input.email }, now.toISOString());
    await insertInvitation(trx, row);
    await recordAudit(trx, deps.clock, {
      organizationId,
      actorUserId: actor.userId,
      action: "invitation.created",
      targetType: "invitation",
      targetId: row.id,
      ip: meta.ip,
      metadata: { email: input.email, role },
    });
  });
  const acceptUrl = `${deps.config.appUrl}/invite/${token}`;
  const emailDelivery = await sendInvitationEmail(deps, row, acceptUrl, existing?.locale);
  return { ...presentInvitation(row), acceptUrl, emailDelivery };
}

/** Pending invitations of the workspace (admins). */
export async function listInvitations(deps: Deps, actor: Actor, organizationId: string): Promise<Invitation[]> {
  await requireAdmin(deps, actor, organizationId);
  const rows = await listPendingInvitations(deps.db.kysely, organizationId, deps.clock.now().toISOString());
  return rows.map(presentInvitation);
}

/** Revokes a pending invitation (admins); its link stops working at once. */
export async function revokeInvitation(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  invitationId: string,
  meta: RequestMeta,
): Promise<void> {
  await requireAdmin(deps, actor, organizationId);
  const count = await revokePendingInvitations(
    deps.db.kysely,
    organizationId,
    { id: invitationId },
    deps.clock.now().toISOString(),
  );
  if (count === 0) throw notFound("Invitation");
  await recordAudit(deps.db.kysely, deps.clock, {
    organizationId,
    actorUserId: actor.userId,
    action: "invitation.revoked",
    targetType: "invitation",
    targetId: invitationId,
    ip: meta.ip,
  });
}

/**
 * Issues a fresh link for a pending invitation (admins): the old link stops
 * working, the expiry restarts at 7 days, and the e-mail goes out again.
 * Links are stored hashed, so this is how an admin gets a copyable link later.
 * Held to the rule of inviting: only an owner resends an owner invitation. A
 * set-password link goes to the person's mailbox only: the admin gets no link.
 */
export async function resendInvitation(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  invitationId: string,
  meta: RequestMeta,
): Promise<CreatedInvitation> {
  const me = await requireAdmin(deps, actor, organizationId);
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const pending = (await listPendingInvitations(db, organizationId, now.toISOString())).find(
    (i) => i.id === invitationId,
  );
  if (!pending) throw notFound("Invitation");
  const setPassword = pending.purpose === "set_password";
  if (!setPassword && pending.role === "owner" && me.role !== "owner") {
    throw forbidden("owner_required", "Only an owner can resend an owner invitation");
  }
  const existing = await findUserByEmail(db, pending.email);
  // A set-password link whose account has a password by now opens nothing any more.
  if (setPassword && (!existing || existing.id !== pending.userId || !awaitsFirstPassword(existing))) {
    throw notFound("Invitation");
  }
  await consumeInvitationAllowance(deps, organizationId, actor.userId);
  const token = newSecretToken();
  // Whoever resends vouches for the invitation from now on (see findVouchedInvitation).
  const row: Selectable<InvitationsTable> = {
    ...pending,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
    invitedBy: actor.userId,
  };
  await renewInvitationLink(db, invitationId, {
    tokenHash: row.tokenHash,
    expiresAt: row.expiresAt,
    invitedBy: row.invitedBy,
  });
  await recordAudit(db, deps.clock, {
    organizationId,
    actorUserId: actor.userId,
    action: "invitation.resent",
    targetType: "invitation",
    targetId: invitationId,
    ip: meta.ip,
  });
  const acceptUrl = `${deps.config.appUrl}/invite/${token}`;
  const emailDelivery = await sendInvitationEmail(deps, row, acceptUrl, existing?.locale);
  return { ...presentInvitation(row), acceptUrl: setPassword ? null : acceptUrl, emailDelivery };
}

/** What the accept page shows before the invitee commits. */
export async function previewInvitation(deps: Deps, token: string): Promise<InvitationPreview> {
  const db = deps.db.kysely;
  const invitation = await findVouchedInvitation(deps, token);
  if (!invitation) throw invitationInvalid();
  const existing = await findUserByEmail(db, invitation.email);
  const setPassword = invitation.purpose === "set_password";
  if (setPassword && (existing?.id !== invitation.userId || !awaitsFirstPassword(existing))) throw invitationInvalid();
  return {
    email: invitation.email,
    name: invitation.name,
    organization: { name: invitation.organizationName },
    inviterName: invitation.inviterName,
    expiresAt: invitation.expiresAt,
    // The imported account chooses its password through its own link, like a new account.
    existingAccount: Boolean(existing) && !setPassword && !awaitsFirstPassword(existing),
    purpose: invitation.purpose,
    blockedReason: !setPassword && awaitsFirstPassword(existing) ? "account_awaiting_first_password" : null,
  };
}

/**
 * Accepts an invitation: creates the account (or, for an existing account,
 * checks its password), joins the workspace and signs in. Single use.
 * A set-password link sets its imported account's first password and signs in;
 * any other invitation for such an account is refused until then (P7).
 */
export async function acceptInvitation(
  deps: Deps,
  token: string,
  input: AcceptInvitationBody,
  meta: RequestMeta,
): Promise<{ user: User; organization: Organization; session: NewSession }> {
  await consumeRateLimit(deps.db, deps.clock, `invitation:ip:${meta.ip}`, deps.rateLimits.invitationAcceptPerIp);
  const db = deps.db.kysely;
  const nowIso = deps.clock.now().toISOString();
  const invitation = await findVouchedInvitation(deps, token);
  if (!invitation) throw invitationInvalid();
  const existing = await findUserByEmail(db, invitation.email);
  const settingPassword = invitation.purpose === "set_password";
  if (settingPassword && (existing?.id !== invitation.userId || !awaitsFirstPassword(existing))) {
    throw invitationInvalid();
  }
  if (!settingPassword && awaitsFirstPassword(existing)) throw accountAwaitingFirstPassword();
  // An existing account's password is checked as a sign-in is: same limits, lockout and audit (ADR 0014).
  if (existing && !settingPassword) {
    await checkPasswordLikeSignIn(deps, invitation.email, input.password, meta, "invitation");
  }
  if (!existing && !input.name) throw badRequest("validation_failed", "required to create your account", "name");
  const user = existing ?? {
    id: newId(),
    email: invitation.email,
    name: input.name as string,
    passwordHash: await hashPassword(input.password, deps.passwordCost),
    locale: input.locale ?? invitation.defaultLocale,
    timezone: input.timezone ?? invitation.defaultTimezone,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  const newPasswordHash = settingPassword ? await hashPassword(input.password, deps.passwordCost) : null;
  const session = await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    if (!(await markInvitationAccepted(trx, invitation.id, nowIso))) throw invitationInvalid();
    if (!existing) await insertUser(trx, user);
    if (newPasswordHash) {
      // Only while the account still has no password: two tabs racing on the link set it once.
      const name = input.name ? { name: input.name } : {};
      if (!(await setFirstPassword(trx, user.id, { passwordHash: newPasswordHash, ...name }, nowIso))) {
        throw invitationInvalid();
      }
    }
    const manager = invitation.managerId
      ? await findMembership(trx, invitation.organizationId, invitation.managerId)
      : undefined;
    const managerId = manager?.status === "active" ? manager.userId : null;
    // A set-password link opens the account as imported: it joins nothing and changes no membership.
    const membership = settingPassword ? "unchanged" : await findMembership(trx, invitation.organizationId, user.id);
    if (!membership) {
      await insertMembership(trx, {
        organizationId: invitation.organizationId,
        userId: user.id,
        role: invitation.role,
        status: "active",
        managerId,
        createdAt: nowIso,
        updatedAt: nowIso,
      });
    } else if (membership !== "unchanged" && membership.status === "deactivated") {
      await recordMembershipStatusChange(trx, invitation.organizationId, user.id, "active", nowIso);
      await updateMembership(trx, invitation.organizationId, user.id, {
        status: "active",
        role: invitation.role,
        managerId,
        updatedAt: nowIso,
      });
    }
    await recordAudit(trx, deps.clock, {
      organizationId: invitation.organizationId,
      actorUserId: user.id,
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: invitation.id,
      ip: meta.ip,
    });
    return startSession(trx, deps, user.id, meta);
  });
  const organization = presentOrganization({
    id: invitation.organizationId,
    name: invitation.organizationName,
    defaultLocale: invitation.defaultLocale,
    defaultTimezone: invitation.defaultTimezone,
  });
  return { user: presentUser(user), organization, session };
}
