import type { Executor } from "../../db/executor.js";
import { isActiveMemberOf } from "../organizations/membership-policy.js";

/**
 * Active 1:1 with a cadence whose two people are both still active members of
 * the workspace (nobody is nudged about, or by way of, someone who left), with
 * what a nudge e-mail needs.
 */
export function listNudgeCandidates(db: Executor) {
  return db
    .selectFrom("oneOnOnes")
    .innerJoin("users as leader", "leader.id", "oneOnOnes.leaderId")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
    .selectAll("oneOnOnes")
    .select(["leader.email as leaderEmail", "leader.locale as leaderLocale", "teammate.name as teammateName"])
    .where("oneOnOnes.status", "=", "active")
    .where("oneOnOnes.cadenceFrequency", "!=", "none")
    .where((eb) => isActiveMemberOf(eb, "oneOnOnes.organizationId", eb.ref("oneOnOnes.leaderId")))
    .where((eb) => isActiveMemberOf(eb, "oneOnOnes.organizationId", eb.ref("oneOnOnes.teammateId")))
    .execute();
}
