import { PASSWORD, type SignedInUser } from "../support/factories.js";
import { TestClient } from "../support/http-client.js";
import type { Caller } from "./actors.js";
import { ok, type World } from "./world.js";

/** A second session of the same person, to sign out of (or sign in over) without ending theirs. */
export async function spareSession(w: World, user: SignedInUser): Promise<string | null> {
  const client = new TestClient(w.t.app);
  ok(await client.post("/api/v1/auth/login", { email: user.email, password: PASSWORD }), 200, "login");
  return client.sessionCookie;
}

/**
 * For routes that start a session (sign-up, sign-in, accepting an invitation): they rotate the
 * session the browser had, so a caller with a cookie sends a spare one and keeps their own.
 */
export const fromSpareSession = async (w: World, c: Caller): Promise<Caller> =>
  c.cookie && c.user && c.actor !== "deactivated" ? { ...c, cookie: await spareSession(w, c.user) } : c;
