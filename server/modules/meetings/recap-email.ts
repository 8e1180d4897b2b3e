import type { Selectable } from "kysely";
import { createTranslator } from "../../../shared/i18n/translate.js";
import type { Deps } from "../../context.js";
import type { MeetingsTable, OneOnOnesTable } from "../../db/schema.js";
import { activeMemberIds } from "../organizations/membership-policy.js";
import { enqueueEmail } from "../outbox/outbox.service.js";
import { plainName, renderEmail } from "../outbox/render-email.js";
import { loadRecapContent } from "./meeting-lifecycle.repo.js";
import { listPairPeople } from "./meetings.repo.js";

/**
 * After a meeting is completed, each participant gets a recap in their own
 * language and time zone: shared notes, discussed points, next steps with
 * owners and due dates, and the next date. Private notes never appear (P2);
 * a participant deactivated in the workspace gets none. An amended recap (sent again by a
 * participant after changing the record) says so in its subject and first line.
 */
export async function sendRecapEmails(
  deps: Deps,
  meeting: Selectable<MeetingsTable>,
  oneOnOne: Selectable<OneOnOnesTable>,
  next: Selectable<MeetingsTable> | null,
  amended: { amendedAt: string } | null = null,
): Promise<void> {
  const db = deps.db.kysely;
  const [people, { shared, discussed, actions }, active] = await Promise.all([
    listPairPeople(db, oneOnOne),
    loadRecapContent(db, meeting.id),
    activeMemberIds(db, oneOnOne.organizationId, [oneOnOne.leaderId, oneOnOne.teammateId]),
  ]);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const url = `${deps.config.appUrl}/meetings/${meeting.id}`;
  for (const person of people) {
    if (!active.has(person.id)) continue;
    const locale = person.locale;
    const t = createTranslator(locale);
    const formatDate = (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: person.timezone }).format(
        new Date(iso),
      );
    const other = person.id === oneOnOne.leaderId ? oneOnOne.teammateId : oneOnOne.leaderId;
    const params = {
      name: plainName(nameOf.get(other) ?? ""),
      date: formatDate(meeting.completedAt ?? meeting.scheduledAt),
    };
    const paragraphs = [t("email.recap.intro", params)];
    if (amended) paragraphs.unshift(t("email.recap.amendedIntro"));
    if (shared?.body.trim()) paragraphs.push(`${t("email.recap.notes")}\n${shared.body.trim()}`);
    if (discussed.length)
      paragraphs.push(`${t("email.recap.discussed")}\n${discussed.map((d) => `• ${d.body}`).join("\n")}`);
    if (actions.length) {
      const lines = actions.map((a) => {
        const owner = plainName(nameOf.get(a.ownerId) ?? "");
        return a.dueDate
          ? `• ${t("email.recap.actionDue", { title: a.title, owner, due: a.dueDate })}`
          : `• ${t("email.recap.action", { title: a.title, owner })}`;
      });
      paragraphs.push(`${t("email.recap.actions")}\n${lines.join("\n")}`);
    }
    paragraphs.push(next ? t("email.recap.next", { date: formatDate(next.scheduledAt) }) : t("email.recap.noNext"));
    paragraphs.push(t("email.preferences", { url: `${deps.config.appUrl}/settings#notifications` }));
    await enqueueEmail(deps, {
      organizationId: oneOnOne.organizationId,
      kind: "recap",
      idempotencyKey: amended
        ? `recap:${meeting.id}:${person.id}:amended:${amended.amendedAt}`
        : `recap:${meeting.id}:${person.id}`,
      toUserId: person.id,
      preference: "recaps",
      email: renderEmail(person.email, {
        locale,
        subject: amended ? t("email.recap.amendedSubject", params) : t("email.recap.subject", params),
        paragraphs,
        cta: { label: t("email.recap.cta"), url },
      }),
    });
  }
}
