import type { Membership } from "../../../shared/schemas/auth.js";

const STORAGE_KEY = "rapport.orgId";

function storedOrgId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Saves the organization to reopen next time. */
export function rememberOrg(orgId: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, orgId);
  } catch {
    // Storage blocked: the switch still applies to this page.
  }
}

/** The membership to show: the chosen one, else the remembered one, else the first active one. */
export function pickMembership(memberships: Membership[], chosen: string | null): Membership | null {
  const wanted = chosen ?? storedOrgId();
  const active = memberships.filter((m) => m.status === "active");
  return active.find((m) => m.organization.id === wanted) ?? active[0] ?? memberships[0] ?? null;
}

/** True when the role may manage people and invitations. */
export function canManagePeople(membership: Membership | null): boolean {
  return membership?.status === "active" && (membership.role === "owner" || membership.role === "admin");
}
