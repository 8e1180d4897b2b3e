import type { Organization } from "../../../shared/schemas/auth.js";
import type { OrganizationsTable } from "../../db/schema.js";

/** The public view of an organization. */
export function presentOrganization(
  row: Pick<OrganizationsTable, "id" | "name" | "defaultLocale" | "defaultTimezone">,
): Organization {
  return {
    id: row.id,
    name: row.name,
    defaultLocale: row.defaultLocale,
    defaultTimezone: row.defaultTimezone,
  };
}
