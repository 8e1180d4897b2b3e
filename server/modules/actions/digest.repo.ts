import type { Executor } from "../../db/executor.js";
import { isActiveMemberOf } from "../organizations/membership-policy.js";

/**
 * Every open action whose owner is still an active member of its workspace, with the
 * owner's address, language and time zone: what the weekly digests are made of.
 */
export function listOpenActionsForDigest(db: Executor) {
  return db
    .selectFrom("actionItems as a")
    .innerJoin("oneOnOnes as s", "s.id", "a.oneOnOneId")
    .innerJoin("users as u", "u.id", "a.ownerId")
    .select(["a.title", "a.dueDate", "a.ownerId", "s.organizationId", "u.email", "u.locale", "u.timezone"])
    .where("a.status", "=", "open")
    .where((eb) => isActiveMemberOf(eb, "s.organizationId", eb.ref("a.ownerId")))
    .orderBy("a.dueDate")
    .execute();
}
