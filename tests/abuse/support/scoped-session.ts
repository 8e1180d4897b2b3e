import { startSession } from "../../../server/modules/auth/sessions.js";
import type { TestClient } from "../../support/http-client.js";
import type { AttackWorld } from "./attack-world.js";

/**
 * A browser holding a session held to one workspace, as a sign-in through that
 * workspace's identity provider leaves it: the session row is started the way the
 * SSO callback starts it and the cookie is signed the way the server signs it.
 */
export async function scopedSessionClient(
  w: AttackWorld,
  userId: string,
  organizationId: string,
  ip?: string,
): Promise<TestClient> {
  const client = w.client(ip);
  const { token } = await startSession(
    w.deps.db.kysely,
    w.deps,
    userId,
    { ip: client.ip, userAgent: "identity-provider sign-in" },
    organizationId,
  );
  client.sessionCookie = `rapport_session=${encodeURIComponent(w.app.signCookie(token))}`;
  return client;
}
