import { ICalCalendarMethod } from "ical-generator";
import { createTranslator } from "../../../shared/i18n/translate.js";
import type { Deps } from "../../context.js";
import { activeMemberIds } from "../organizations/membership-policy.js";
import { enqueueEmail } from "../outbox/outbox.service.js";
import { plainName, renderEmail } from "../outbox/render-email.js";
import { buildFeed } from "./build-feed.js";
import { listRecipients } from "./calendar.repo.js";
import { loadFeedOneOnOne } from "./calendar.service.js";

export type ScheduleChange = "created" | "updated" | "ended";

/**
 * Tells both people a 1:1 was set up, changed or ended, with an .ics that
 * any calendar client can apply (METHOD:REQUEST, or CANCEL when it ends).
 * `version` makes each change a distinct, once-only message.
 */
export async function sendScheduleEmails(
  deps: Deps,
  leaderId: string,
  oneOnOneId: string,
  change: ScheduleChange,
  version: string,
): Promise<void> {
  const [item] = await loadFeedOneOnOne(deps, leaderId, oneOnOneId);
  if (!item) return;
  const method = change === "ended" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const content = buildFeed(deps.config.appUrl, [item], method);
  // Only people still active in the workspace: someone deactivated hears nothing more of the pair.
  const active = await activeMemberIds(deps.db.kysely, item.oneOnOne.organizationId, [
    item.oneOnOne.leaderId,
    item.oneOnOne.teammateId,
  ]);
  if (active.size === 0) return;
  const people = await listRecipients(deps.db.kysely, [...active]);
  const next = item.meetings.find((m) => m.status === "scheduled");
  for (const person of people) {
    const locale = person.locale;
    const t = createTranslator(locale);
    const date = next
      ? new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: person.timezone }).format(
          new Date(next.scheduledAt),
        )
      : "—";
    const params = {
      leader: plainName(item.leader.name),
      teammate: plainName(item.teammate.name),
      names: plainName(`${item.leader.name} & ${item.teammate.name}`),
      date,
    };
    await enqueueEmail(deps, {
      organizationId: item.oneOnOne.organizationId,
      kind: "schedule",
      idempotencyKey: `schedule:${oneOnOneId}:${version}:${person.id}`,
      toUserId: person.id,
      email: {
        ...renderEmail(person.email, {
          locale,
          subject: t(`email.schedule.subject.${change}`, params),
          paragraphs: [t(`email.schedule.body.${change}`, params)],
          cta: { label: t("email.schedule.cta"), url: `${deps.config.appUrl}/one-on-ones/${oneOnOneId}` },
        }),
        calendar: { method: change === "ended" ? "CANCEL" : "REQUEST", content },
      },
    });
  }
}

/** Sends the schedule e-mails without letting a failure undo a change that is already saved. */
export async function notifyScheduleChange(...args: Parameters<typeof sendScheduleEmails>): Promise<void> {
  const [deps, , oneOnOneId, change] = args;
  try {
    await sendScheduleEmails(...args);
  } catch (err) {
    deps.log.error({ err, oneOnOneId, change }, "could not queue the calendar e-mails");
  }
}
