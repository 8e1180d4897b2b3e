import type { Deps, RequestMeta } from "../../context.js";
import type { UsersTable } from "../../db/schema.js";
import { invalidCredentials } from "../../http/errors.js";
import { consumeRateLimit } from "../../http/rate-limit.js";
import { recordAudit } from "../audit/audit.repo.js";
import { addressBlock } from "./address-block.js";
import { findUserByEmail } from "./auth.repo.js";
import { hashPassword, verifyPassword } from "./passwords.js";

/** Where a password was checked, kept in the audit entry. */
export type PasswordDoor = "sign_in" | "invitation" | "reauthentication" | "password_change";

let dummyHash: Promise<string> | undefined;
/** Verifying against a throwaway hash keeps "no such user" as slow as "wrong password". */
function burnPasswordCheck(deps: Deps, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password", deps.passwordCost);
  return dummyHash.then((hash) => verifyPassword(password, hash));
}

/**
 * Counts one password attempt against `email` from `meta.ip` (ADR 0014): per address (an IPv6 /64
 * counts as one), per e-mail and
 * address (the lockout an attacker meets), and per e-mail alone at a much higher count (the back-off a
 * guesser spread over many addresses meets). Throws 429 when any is over.
 */
export async function consumePasswordAttempt(deps: Deps, email: string, meta: RequestMeta): Promise<void> {
  const { db, clock, rateLimits } = deps;
  const from = addressBlock(meta.ip);
  await consumeRateLimit(db, clock, `login:ip:${from}`, rateLimits.loginPerIp);
  await consumeRateLimit(db, clock, `login:email-ip:${email}|${from}`, rateLimits.loginPerEmailAndIp);
  await consumeRateLimit(db, clock, `login:email:${email}`, rateLimits.loginPerEmail);
}

/** Records a refused password sign-in (any door) for the account's workspaces to see. */
export async function recordSignInFailure(
  deps: Deps,
  userId: string | null,
  email: string,
  meta: RequestMeta,
  door: PasswordDoor,
): Promise<void> {
  await recordAudit(deps.db.kysely, deps.clock, {
    actorUserId: userId,
    action: "sign_in.failure",
    ip: meta.ip,
    metadata: door === "sign_in" ? { email } : { email, via: door },
  });
}

/**
 * Checks an e-mail and password the way sign-in does, whichever door asks: the
 * shared limits first, the same time for an unknown e-mail, and a
 * `sign_in.failure` audit entry for a wrong password. Returns the account, or
 * throws 401 `invalid_credentials` (429 when over a limit).
 */
export async function checkPasswordLikeSignIn(
  deps: Deps,
  email: string,
  password: string,
  meta: RequestMeta,
  door: PasswordDoor,
): Promise<UsersTable> {
  await consumePasswordAttempt(deps, email, meta);
  const user = await findUserByEmail(deps.db.kysely, email);
  const valid = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : await burnPasswordCheck(deps, password);
  if (!user?.passwordHash || !valid) {
    await recordSignInFailure(deps, user?.id ?? null, email, meta, door);
    throw invalidCredentials();
  }
  return user;
}
