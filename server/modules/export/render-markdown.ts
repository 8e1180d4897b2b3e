import { DateTime } from "luxon";
import { createTranslator, type Translate } from "../../../shared/i18n/translate.js";
import type { Locale } from "../../../shared/schemas/common.js";
import type { ExportMeeting, ExportOneOnOne, UserExport } from "../../../shared/schemas/export.js";
import { SYSTEM_SECTION_KEYS, systemTemplateSections } from "../templates/system-template.js";

/** One file of the Markdown export: a path inside the zip and its text. */
export interface MarkdownFile {
  path: string;
  text: string;
}

const slug = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "person";

/** Groups records by a key in one pass, so rendering stays linear in the size of the history. */
function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const quote = (body: string) => body.replace(/\r\n/g, "\n").trim();
const bullet = (body: string) => quote(body).replace(/\n/g, "\n  ");

function cadenceText(oneOnOne: ExportOneOnOne): string {
  const parts: string[] = [oneOnOne.cadenceFrequency.replaceAll("_", " ")];
  if (oneOnOne.cadenceInterval) parts.push(`(${oneOnOne.cadenceInterval})`);
  if (oneOnOne.cadenceNth) parts.push(`#${oneOnOne.cadenceNth}`);
  if (oneOnOne.cadenceWeekday) parts.push(oneOnOne.cadenceWeekday);
  return `${parts.join(" ")}, ${oneOnOne.durationMinutes} min, ${oneOnOne.timezone}`;
}

/**
 * Renders a person's export as readable Markdown: per 1:1 an overview (goals, open actions,
 * standing items, meetings) and one file per meeting along its template's sections.
 */
export function renderMarkdownExport(data: UserExport): MarkdownFile[] {
  const locale = data.user.locale;
  const t = createTranslator(locale);
  const names = new Map(data.people.map((p) => [p.id, p.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? id) : "");
  const byMeeting = {
    agenda: groupBy(data.agendaItems, (a) => a.meetingId),
    notes: groupBy(data.notes, (n) => n.meetingId),
    actions: groupBy(data.actionItems, (a) => a.meetingId),
    checkIns: groupBy(data.checkIns, (c) => c.meetingId),
    ratings: groupBy(data.ratings, (r) => r.meetingId),
    feedback: groupBy(data.feedback, (f) => f.meetingId),
  };
  const byOneOnOne = {
    meetings: groupBy(data.meetings, (m) => m.oneOnOneId),
    goals: groupBy(data.goals, (g) => g.oneOnOneId),
    actions: groupBy(data.actionItems, (a) => a.oneOnOneId),
    standing: groupBy(data.standingItems, (s) => s.oneOnOneId),
  };
  const progress = groupBy(data.goalProgress, (p) => p.goalId);
  const organizations = new Map(data.organizations.map((o) => [o.id, o.name]));

  const files: MarkdownFile[] = [
    {
      path: "README.md",
      text: `# Rapport\n\n${t("export.md.readme", { date: data.exportedAt.slice(0, 10), name: data.user.name })}\n`,
    },
  ];
  for (const oneOnOne of data.oneOnOnes) {
    const other = oneOnOne.leaderId === data.user.id ? oneOnOne.teammateId : oneOnOne.leaderId;
    const folder = `${slug(nameOf(other))}-${oneOnOne.id.slice(0, 8)}`;
    const when = (iso: string) => DateTime.fromISO(iso, { zone: oneOnOne.timezone }).toFormat("yyyy-MM-dd HH:mm");
    const meetings = (byOneOnOne.meetings.get(oneOnOne.id) ?? []).sort((a, b) =>
      a.scheduledAt < b.scheduledAt ? -1 : 1,
    );
    const meetingFile = (m: ExportMeeting) =>
      `meetings/${when(m.scheduledAt).slice(0, 10)}-${m.status}-${m.id.slice(0, 8)}.md`;

    const title = t("export.md.pair", { leader: nameOf(oneOnOne.leaderId), teammate: nameOf(oneOnOne.teammateId) });
    const overview = [`# ${title}`, ""];
    overview.push(
      `- ${t("export.md.workspace")}: ${organizations.get(oneOnOne.organizationId) ?? oneOnOne.organizationId}`,
    );
    overview.push(`- ${t("export.md.kind")}: ${oneOnOne.kind}`);
    overview.push(`- ${t("export.md.cadence")}: ${cadenceText(oneOnOne)}`, "");
    overview.push(`## ${t("export.md.goals")}`, "");
    const goals = byOneOnOne.goals.get(oneOnOne.id) ?? [];
    if (!goals.length) overview.push(t("export.md.noGoals"));
    for (const goal of goals) {
      const target = goal.targetDate ? `, ${t("export.md.targetDate", { date: goal.targetDate })}` : "";
      overview.push(`- **${goal.title}** (${goal.status}${target})`);
      if (goal.why) overview.push(`  ${bullet(goal.why)}`);
      for (const p of progress.get(goal.id) ?? []) overview.push(`  - ${p.createdAt.slice(0, 10)}: ${bullet(p.body)}`);
    }
    overview.push("", `## ${t("export.md.openActions")}`, "");
    const open = (byOneOnOne.actions.get(oneOnOne.id) ?? []).filter((a) => a.status === "open");
    if (!open.length) overview.push(t("export.md.noOpenActions"));
    for (const a of open) {
      const due = a.dueDate ? `, ${t("export.md.due", { date: a.dueDate })}` : "";
      overview.push(`- [ ] ${a.title} — ${nameOf(a.ownerId)}${due}`);
    }
    const standing = (byOneOnOne.standing.get(oneOnOne.id) ?? []).filter((s) => !s.removedAt);
    if (standing.length) {
      overview.push("", `## ${t("export.md.standingItems")}`, "");
      for (const s of standing) overview.push(`- ${bullet(s.body)}`);
    }
    overview.push("", `## ${t("export.md.meetings")}`, "");
    for (const m of meetings) {
      overview.push(`- [${when(m.scheduledAt)}](${meetingFile(m)}) — ${t(`export.md.status.${m.status}`)}`);
    }
    files.push({ path: `${folder}/overview.md`, text: `${overview.join("\n")}\n` });

    for (const m of meetings) {
      files.push({
        path: `${folder}/${meetingFile(m)}`,
        text: renderMeeting(m, title, when, t, locale, nameOf, byMeeting),
      });
    }
  }
  return files;
}

type ByMeeting<T> = Map<string, T[]>;

function renderMeeting(
  m: ExportMeeting,
  pairTitle: string,
  when: (iso: string) => string,
  t: Translate,
  locale: Locale,
  nameOf: (id: string | null) => string,
  by: {
    agenda: ByMeeting<UserExport["agendaItems"][number]>;
    notes: ByMeeting<UserExport["notes"][number]>;
    actions: ByMeeting<UserExport["actionItems"][number]>;
    checkIns: ByMeeting<UserExport["checkIns"][number]>;
    ratings: ByMeeting<UserExport["ratings"][number]>;
    feedback: ByMeeting<UserExport["feedback"][number]>;
  },
): string {
  const out = [`# ${t("export.md.meeting", { date: when(m.scheduledAt) })}`, "", `${pairTitle}`, ""];
  out.push(`- ${t("export.md.status")}: ${t(`export.md.status.${m.status}`)}`);
  if (m.status === "canceled" && m.cancelReason)
    out.push(`- ${t("export.md.canceledBecause", { reason: m.cancelReason })}`);
  if (m.originalScheduledAt)
    out.push(
      `- ${t("export.md.rescheduled", { date: when(m.originalScheduledAt), reason: m.rescheduleReason ?? "" })}`,
    );
  // Check-in, feedback and actions sit in the sections of the five-part template that hold them.
  const blocks: Array<{ home: string; title: string; lines: string[] }> = [];
  const checkIn = by.checkIns.get(m.id)?.[0];
  if (checkIn) {
    const energy = checkIn.energy ? `, ${t("export.md.energy", { energy: checkIn.energy })}` : "";
    const lines = [`${t("export.md.mood", { mood: checkIn.mood })}${energy}`];
    if (checkIn.note) lines.push("", quote(checkIn.note));
    blocks.push({ home: "check_in", title: t("export.md.checkIn"), lines });
  }
  const feedback = by.feedback.get(m.id) ?? [];
  if (feedback.length) {
    const lines = feedback.flatMap((f) => {
      const head = `- **${t(`export.md.feedback.${f.kind}`)}** (${nameOf(f.fromUserId)} → ${nameOf(f.toUserId)}): ${bullet(f.body)}`;
      return f.example ? [head, `  ${t("export.md.example")}: ${bullet(f.example)}`] : [head];
    });
    blocks.push({ home: "feedback", title: t("export.md.feedback"), lines });
  }
  const actions = by.actions.get(m.id) ?? [];
  if (actions.length) {
    const lines = actions.map((a) => {
      const due = a.dueDate ? `, ${t("export.md.due", { date: a.dueDate })}` : "";
      return `- [${a.status === "done" ? "x" : " "}] ${a.title} — ${nameOf(a.ownerId)}${due} (${a.status})`;
    });
    blocks.push({ home: "development", title: t("export.md.actions"), lines });
  }
  const isDefault = m.templateId === null && m.sections.map((s) => s.key).join() === SYSTEM_SECTION_KEYS.join();
  const sections = isDefault ? systemTemplateSections(locale) : m.sections;
  const agenda = groupBy(
    (by.agenda.get(m.id) ?? []).sort((a, b) => a.position - b.position),
    (a) => a.sectionKey,
  );
  const known = new Set(sections.map((s) => s.key));
  const orphaned = [...agenda.keys()].filter((k) => !known.has(k)).map((key) => ({ key, title: key }));
  for (const section of [...sections, ...orphaned]) {
    out.push("", `## ${section.title}`, "");
    const items = agenda.get(section.key) ?? [];
    const here = blocks.filter((b) => b.home === section.key);
    if (!items.length && !here.length) out.push(`_${t("export.md.noTalkingPoints")}_`);
    for (const item of items)
      out.push(`- [${item.discussed ? "x" : " "}] ${bullet(item.body)} — ${nameOf(item.authorId)}`);
    for (const block of here) out.push("", `### ${block.title}`, "", ...block.lines);
  }
  for (const block of blocks.filter((b) => !known.has(b.home))) out.push("", `## ${block.title}`, "", ...block.lines);
  const notes = by.notes.get(m.id) ?? [];
  const shared = notes.find((n) => n.kind === "shared");
  if (shared?.body.trim()) out.push("", `## ${t("export.md.sharedNotes")}`, "", quote(shared.body));
  const mine = notes.find((n) => n.kind === "private");
  if (mine?.body.trim()) out.push("", `## ${t("export.md.privateNotes")}`, "", quote(mine.body));
  const rating = by.ratings.get(m.id)?.[0];
  if (rating) out.push("", t("export.md.myRating", { score: rating.score }));
  return `${out.join("\n")}\n`;
}
