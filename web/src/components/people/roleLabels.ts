import type { MessageKey } from "../../../../shared/i18n/en.js";
import type { Role } from "../../../../shared/schemas/common.js";

export const ROLE_LABELS: Record<Role, MessageKey> = {
  owner: "roles.owner",
  admin: "roles.admin",
  member: "roles.member",
};

/** Roles the viewer may hand out: only owners make owners. */
export function assignableRoles(viewerRole: Role | undefined): Role[] {
  return viewerRole === "owner" ? ["owner", "admin", "member"] : ["admin", "member"];
}
