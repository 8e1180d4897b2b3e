import type { Executor } from "../../db/executor.js";
import { isActiveMemberOf } from "../organizations/membership-policy.js";
import { selectOneOnOneWithPeople } from "./one-on-ones.repo.js";

/**
 * Active 1:1 with a cadence whose two people are both still active members of
 * the workspace (nobody is nudged about, or by way of, someone who left), with
 * what a nudge e-mail needs.
 */
export function listNudgeCandidates(db: Executor) {
  return selectOneOnOneWithPeople(db)
    .select("leader.locale as leaderLocale")
    .where("oneOnOnes.status", "=", "active")
    .where("oneOnOnes.cadenceFrequency", "!=", "none")
    .where((eb) => isActiveMemberOf(eb, "oneOnOnes.organizationId", eb.ref("oneOnOnes.leaderId")))
    .where((eb) => isActiveMemberOf(eb, "oneOnOnes.organizationId", eb.ref("oneOnOnes.teammateId")))
    .execute();
}
