import { createTranslator } from "../../shared/i18n/translate.js";
import type { TemplateSection } from "../../shared/schemas/templates.js";
import type { Deps } from "../context.js";
import { listUsersForEmail } from "../modules/auth/auth.repo.js";
import { listAgendaItems } from "../modules/meetings/meetings.repo.js";
import { presentSections } from "../modules/meetings/present-meeting.js";
import { listReminderCandidates, markReminded } from "../modules/meetings/sweeps.repo.js";
import { activeMemberIds } from "../modules/organizations/membership-policy.js";
import { enqueueEmail } from "../modules/outbox/outbox.service.js";
import { plainName, renderEmail } from "../modules/outbox/render-email.js";

const LOOKAHEAD_MS = 7 * 24 * 3600 * 1000;

/**
 * Sends the pre-meeting reminder (default 24 h before, per 1:1) to both
 * people: the agenda so far and a link to prepare; the teammate's also invites
 * the check-in. Each (meeting, time, person) gets one reminder, ever.
 */
export async function sendDueReminders(deps: Deps): Promise<number> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const candidates = await listReminderCandidates(
    db,
    now.toISOString(),
    new Date(now.getTime() + LOOKAHEAD_MS).toISOString(),
  );
  const due = candidates.filter(
    (m) => new Date(m.scheduledAt).getTime() - m.reminderMinutesBefore * 60_000 <= now.getTime(),
  );
  let sent = 0;
  for (const meeting of due) {
    const [people, agenda, active] = await Promise.all([
      listUsersForEmail(db, [meeting.leaderId, meeting.teammateId]),
      listAgendaItems(db, meeting.id),
      activeMemberIds(db, meeting.organizationId, [meeting.leaderId, meeting.teammateId]),
    ]);
    for (const person of people) {
      // Someone deactivated in the workspace no longer gets its agenda.
      if (!active.has(person.id)) continue;
      const other = people.find((p) => p.id !== person.id);
      const locale = person.locale;
      const t = createTranslator(locale);
      const date = new Intl.DateTimeFormat(locale, {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: person.timezone,
      }).format(new Date(meeting.scheduledAt));
      const sections: TemplateSection[] = presentSections(meeting, locale);
      const lines = sections.flatMap((s) =>
        agenda.filter((a) => a.sectionKey === s.key).map((a) => `• ${s.title}: ${a.body}`),
      );
      const url = `${deps.config.appUrl}/meetings/${meeting.id}`;
      const paragraphs = [
        t("email.reminder.intro", { name: plainName(other?.name ?? ""), date }),
        lines.length ? `${t("email.reminder.agenda")}\n${lines.join("\n")}` : t("email.reminder.emptyAgenda"),
        t("email.reminder.addPoints"),
        ...(person.id === meeting.teammateId ? [t("email.reminder.checkIn")] : []),
        t("email.preferences", { url: `${deps.config.appUrl}/settings#notifications` }),
      ];
      const id = await enqueueEmail(deps, {
        organizationId: meeting.organizationId,
        kind: "reminder",
        idempotencyKey: `reminder:${meeting.id}:${meeting.scheduledAt}:${person.id}`,
        toUserId: person.id,
        preference: "reminders",
        email: renderEmail(person.email, {
          locale,
          subject: t("email.reminder.subject", { name: plainName(other?.name ?? ""), date }),
          paragraphs,
          cta: { label: t("email.reminder.cta"), url },
        }),
      });
      if (id) sent++;
    }
    await markReminded(db, meeting.id, meeting.scheduledAt);
  }
  return sent;
}
