import type {
  ChangePasswordBody,
  LoginBody,
  MeResponse,
  Organization,
  SignupBody,
  UpdateMeBody,
  User,
} from "../../../shared/schemas/auth.js";
import type { Locale } from "../../../shared/schemas/common.js";
import type { Actor, Deps, RequestMeta } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import { conflict, invalidCredentials, unauthorized } from "../../http/errors.js";
import { consumeRateLimit } from "../../http/rate-limit.js";
import { recordAudit } from "../audit/audit.repo.js";
import { scopeAllows } from "../organizations/membership-policy.js";
import { insertMembership, insertOrganization, listMembershipsOfUser } from "../organizations/organizations.repo.js";
import { presentOrganization } from "../organizations/present-organization.js";
import {
  deleteSession,
  deleteUserSessions,
  findUserByEmail,
  findUserById,
  insertUser,
  revokeUserTokens,
  updateUser,
} from "./auth.repo.js";
import { checkPasswordLikeSignIn, recordSignInFailure } from "./password-check.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { presentUser } from "./present-user.js";
import { type NewSession, startSession } from "./sessions.js";

/** Creates a user, their workspace and their owner membership, and signs them in. */
export async function signup(
  deps: Deps,
  input: SignupBody,
  meta: RequestMeta,
): Promise<{ user: User; organization: Organization; session: NewSession }> {
  await consumeRateLimit(deps.db, deps.clock, `signup:ip:${meta.ip}`, deps.rateLimits.signupPerIp);
  await consumeRateLimit(deps.db, deps.clock, `signup:email:${input.email}`, deps.rateLimits.signupPerEmail);
  if (await findUserByEmail(deps.db.kysely, input.email)) {
    throw conflict("email_taken", "An account with this e-mail already exists; sign in instead");
  }
  const passwordHash = await hashPassword(input.password, deps.passwordCost);
  const now = deps.clock.now().toISOString();
  const locale: Locale = input.locale ?? "en";
  const timezone = input.timezone ?? "UTC";
  const userRow = {
    id: newId(),
    email: input.email,
    name: input.name,
    passwordHash,
    locale,
    timezone,
    createdAt: now,
    updatedAt: now,
  };
  const orgRow = {
    id: newId(),
    name: input.organizationName,
    defaultLocale: locale,
    defaultTimezone: timezone,
    createdAt: now,
  };
  const session = await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    await insertUser(trx, userRow);
    await insertOrganization(trx, orgRow);
    await insertMembership(trx, {
      organizationId: orgRow.id,
      userId: userRow.id,
      role: "owner",
      status: "active",
      managerId: null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(trx, deps.clock, {
      organizationId: orgRow.id,
      actorUserId: userRow.id,
      action: "sign_up",
      ip: meta.ip,
    });
    return startSession(trx, deps, userRow.id, meta);
  });
  return { user: presentUser(userRow), organization: presentOrganization(orgRow), session };
}

/** Checks credentials; wrong e-mail and wrong password answer exactly the same. */
export async function login(
  deps: Deps,
  input: LoginBody,
  meta: RequestMeta,
): Promise<{ user: User; session: NewSession }> {
  const user = await checkPasswordLikeSignIn(deps, input.email, input.password, meta, "sign_in");
  const memberships = await listMembershipsOfUser(deps.db.kysely, user.id);
  if (!memberships.some((m) => m.status === "active")) {
    await recordSignInFailure(deps, user.id, input.email, meta, "sign_in");
    throw invalidCredentials();
  }
  const session = await startSession(deps.db.kysely, deps, user.id, meta);
  await recordAudit(deps.db.kysely, deps.clock, { actorUserId: user.id, action: "sign_in.success", ip: meta.ip });
  return { user: presentUser(user), session };
}

/** Ends the caller's session (token callers have nothing to end). */
export async function logout(deps: Deps, actor: Actor | null, meta: RequestMeta): Promise<void> {
  if (!actor?.sessionId) return;
  await deleteSession(deps.db.kysely, actor.sessionId);
  await recordAudit(deps.db.kysely, deps.clock, { actorUserId: actor.userId, action: "sign_out", ip: meta.ip });
  // Its live sockets close now, on every node, not at the next heartbeat.
  deps.live.recheckUser(actor.userId);
}

/** The caller and their memberships. */
export async function getMe(deps: Deps, actor: Actor): Promise<MeResponse> {
  const user = await findUserById(deps.db.kysely, actor.userId);
  if (!user) throw unauthorized();
  // A sign-in held to one workspace shows that workspace only (ADR 0017).
  const memberships = (await listMembershipsOfUser(deps.db.kysely, actor.userId)).filter((m) =>
    scopeAllows(actor, m.id),
  );
  return {
    user: presentUser(user),
    memberships: memberships.map((m) => ({
      organization: presentOrganization(m),
      role: m.role,
      managerId: m.managerId,
      status: m.status,
    })),
  };
}

/** Changes the caller's name, language or time zone. */
export async function updateMe(deps: Deps, actor: Actor, patch: UpdateMeBody): Promise<User> {
  await updateUser(deps.db.kysely, actor.userId, { ...patch, updatedAt: deps.clock.now().toISOString() });
  const user = await findUserById(deps.db.kysely, actor.userId);
  if (!user) throw unauthorized();
  return presentUser(user);
}

/** Changes the password, signs out every session, revokes every API token and starts a fresh session. */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: ChangePasswordBody,
  meta: RequestMeta,
): Promise<NewSession | null> {
  await consumeRateLimit(deps.db, deps.clock, `password:user:${actor.userId}`, deps.rateLimits.passwordConfirmPerUser);
  const user = await findUserById(deps.db.kysely, actor.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    if (user) await recordSignInFailure(deps, user.id, user.email, meta, "password_change");
    throw invalidCredentials();
  }
  const passwordHash = await hashPassword(input.newPassword, deps.passwordCost);
  const session = await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    await updateUser(trx, actor.userId, { passwordHash, updatedAt: deps.clock.now().toISOString() });
    await deleteUserSessions(trx, actor.userId);
    await recordAudit(trx, deps.clock, { actorUserId: actor.userId, action: "password.changed", ip: meta.ip });
    // A token minted with a stolen session must not outlive the password (ADR 0014).
    await revokeEveryToken(deps, actor.userId, meta);
    // The new session is held where the old one was: knowing the password here widens nothing.
    return actor.via === "session" ? startSession(trx, deps, actor.userId, meta, actor.organizationScope) : null;
  });
  deps.live.recheckUser(actor.userId);
  return session;
}

/** Revokes every API token of a user (a password change), each audited; runs in the caller's transaction. */
async function revokeEveryToken(deps: Deps, userId: string, meta: RequestMeta): Promise<void> {
  const ids = await revokeUserTokens(deps.db.kysely, userId, deps.clock.now().toISOString());
  for (const id of ids) {
    await recordAudit(deps.db.kysely, deps.clock, {
      actorUserId: userId,
      action: "token.revoked",
      targetType: "api_token",
      targetId: id,
      ip: meta.ip,
      metadata: { reason: "password_changed" },
    });
  }
}
