import type { Actor, Deps, RequestMeta } from "../../context.js";
import { AppError, forbidden } from "../../http/errors.js";
import { consumeRateLimit } from "../../http/rate-limit.js";
import { findUserById } from "./auth.repo.js";
import { recordSignInFailure } from "./password-check.js";
import { verifyPassword } from "./passwords.js";

/** How long after signing in a session may change security settings without the password again. */
export const RECENT_SIGN_IN_MS = 15 * 60 * 1000;

const reauthenticationRequired = () =>
  new AppError(
    403,
    "reauthentication_required",
    "Confirm your password to continue: this needs a sign-in within the last 15 minutes",
  );

/** Whether the caller's session began with a sign-in in the last 15 minutes. */
export function signedInRecently(deps: Deps, actor: Actor): boolean {
  if (actor.via !== "session" || !actor.signedInAt) return false;
  return deps.clock.now().getTime() - new Date(actor.signedInAt).getTime() <= RECENT_SIGN_IN_MS;
}

/**
 * "Sudo mode" for sensitive changes (SSO settings, new API tokens): a session
 * whose sign-in is under 15 minutes old, or the current password given with
 * the request. API tokens never qualify. A wrong password is rate limited like
 * a sign-in and answers 403 `reauthentication_required`, never 401, so the
 * page keeps its session.
 */
export async function requireRecentSignIn(
  deps: Deps,
  actor: Actor,
  currentPassword?: string,
  /** Where the request came from: a wrong password is then audited as a failed sign-in. */
  meta?: RequestMeta,
): Promise<void> {
  if (actor.via !== "session") throw forbidden("session_required", "This needs a signed-in session, not an API token");
  if (signedInRecently(deps, actor) && currentPassword === undefined) return;
  if (currentPassword === undefined) throw reauthenticationRequired();
  await consumeRateLimit(deps.db, deps.clock, `password:user:${actor.userId}`, deps.rateLimits.passwordConfirmPerUser);
  const user = await findUserById(deps.db.kysely, actor.userId);
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
    // A stolen cookie guessing the password shows in the audit log like any other guesser.
    if (user && meta) await recordSignInFailure(deps, user.id, user.email, meta, "reauthentication");
    throw reauthenticationRequired();
  }
}
