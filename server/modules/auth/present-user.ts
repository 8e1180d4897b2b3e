import type { User } from "../../../shared/schemas/auth.js";
import { currentZoneName } from "../../../shared/time-zones.js";
import type { UsersTable } from "../../db/schema.js";

/** The public view of a user: never the password hash. */
export function presentUser(row: UsersTable): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    timezone: currentZoneName(row.timezone),
    createdAt: row.createdAt,
  };
}
