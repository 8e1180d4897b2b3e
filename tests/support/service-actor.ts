import type { Actor } from "../../server/context.js";
import type { Locale } from "../../shared/schemas/common.js";

/** A signed-in person as a service sees them, for tests that call services directly. */
export const sessionActor = (userId: string, locale: Locale = "en"): Actor => ({
  userId,
  via: "session",
  sessionId: null,
  tokenId: null,
  signedInAt: null,
  organizationScope: null,
  client: null,
  locale,
});
