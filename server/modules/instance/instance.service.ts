import type { InstanceResponse } from "../../../shared/schemas/instance.js";
import type { Deps } from "../../context.js";
import { hasAnyUser, hasSsoSignIn } from "./instance.repo.js";

/** The public facts the sign-in page renders from: first run, whether an SSO button means anything, the demo. */
export async function describeInstance(deps: Pick<Deps, "db" | "config">): Promise<InstanceResponse> {
  const [anyUser, ssoSignIn] = await Promise.all([hasAnyUser(deps.db.kysely), hasSsoSignIn(deps.db.kysely)]);
  return { firstRun: !anyUser, ssoSignIn, demo: deps.config.demo };
}
