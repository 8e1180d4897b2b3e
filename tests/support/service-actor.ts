import type { Actor } from "../../server/context.js";

/** A signed-in person as a service sees them, for tests that call services directly. */
export const sessionActor = (userId: string): Actor => ({
  userId,
  via: "session",
  sessionId: null,
  tokenId: null,
  signedInAt: null,
  organizationScope: null,
  client: null,
});
