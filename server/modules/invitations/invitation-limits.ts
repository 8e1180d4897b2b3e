import type { Deps } from "../../context.js";
import { consumeRateLimit } from "../../http/rate-limit.js";
import { countActiveMembers } from "./invitations.repo.js";

/** From this many active people on, a workspace is trusted with the larger hourly allowance. */
export const ESTABLISHED_WORKSPACE_MEMBERS = 3;

/**
 * Counts one invitation e-mail (sent or resent) against the workspace's and the inviter's hourly
 * allowance; 429 with Retry-After when either is spent (finding 12: invitations are no spam cannon).
 * A workspace with only its founder gets the small allowance, one with active members the larger.
 */
export async function consumeInvitationAllowance(deps: Deps, organizationId: string, inviterId: string): Promise<void> {
  const active = await countActiveMembers(deps.db.kysely, organizationId);
  const workspaceRule =
    active >= ESTABLISHED_WORKSPACE_MEMBERS
      ? deps.rateLimits.invitationsPerWorkspace
      : deps.rateLimits.invitationsPerNewWorkspace;
  await consumeRateLimit(deps.db, deps.clock, `invitations:org:${organizationId}`, workspaceRule);
  await consumeRateLimit(
    deps.db,
    deps.clock,
    `invitations:inviter:${inviterId}`,
    deps.rateLimits.invitationsPerInviter,
  );
}
