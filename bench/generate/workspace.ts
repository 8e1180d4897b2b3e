import { systemTemplateName, systemTemplateSections } from "../../server/modules/templates/system-template.js";
import type { Locale } from "../../shared/schemas/common.js";
import type { RowBuffer } from "./bulk-insert.js";
import { DAY } from "./durations.js";
import type { Snapshot } from "./one-on-one-content.js";
import type { OrgChart, Person } from "./people.js";
import type { Random } from "./random.js";

/** A shorter organization template that some pairs use instead of the default one. */
const ORG_TEMPLATE_SECTIONS = [
  { key: "check_in", title: "How are you?", minutes: 5, prompts: ["Anything on your mind before we start?"] },
  { key: "progress", title: "Wins and blockers", minutes: 15, prompts: ["What moved?", "What is stuck?"] },
  { key: "development", title: "Growth", minutes: 10, prompts: ["What do you want to learn next?"] },
  { key: "wrap_up", title: "Next steps", minutes: 2, prompts: ["Who does what by when?"] },
];

export interface Workspace {
  orgId: string;
  orgTemplate: Snapshot;
  /** The default template's snapshot in a leader's language, as the app takes it. */
  systemSnapshot(locale: Locale): Snapshot;
}

/** Queues the organization, its people with their memberships and reporting lines, and its template. */
export function writeWorkspace(
  buffer: RowBuffer,
  random: Random,
  chart: OrgChart,
  windowStart: number,
  passwordHash: string,
): Workspace {
  const iso = (ms: number) => new Date(ms).toISOString();
  const orgId = random.uuid();
  const orgCreated = iso(windowStart - 30 * DAY);
  buffer.add("organizations", {
    id: orgId,
    name: "Bench Industries",
    defaultLocale: "en",
    defaultTimezone: "Europe/Lisbon",
    createdAt: orgCreated,
  });
  for (const p of chart.people) {
    const joined = p.manager === null ? orgCreated : iso(windowStart + (p.joinedDay - 7) * DAY);
    buffer.add("users", {
      id: p.id,
      email: p.email,
      name: p.name,
      passwordHash,
      locale: p.locale,
      timezone: p.timezone,
      createdAt: joined,
      updatedAt: joined,
    });
    buffer.add("memberships", {
      organizationId: orgId,
      userId: p.id,
      role: p.role,
      status: "active",
      managerId: p.manager === null ? null : (chart.people[p.manager] as Person).id,
      createdAt: joined,
      updatedAt: joined,
    });
  }
  const orgTemplate: Snapshot = {
    templateId: random.uuid(),
    templateName: "Team 1:1 (short)",
    sections: JSON.stringify(ORG_TEMPLATE_SECTIONS),
    keys: ORG_TEMPLATE_SECTIONS.map((s) => s.key),
  };
  buffer.add("templates", {
    id: orgTemplate.templateId as string,
    organizationId: orgId,
    ownerId: null,
    scope: "organization",
    name: orgTemplate.templateName,
    sections: orgTemplate.sections,
    archivedAt: null,
    createdAt: orgCreated,
    updatedAt: orgCreated,
  });

  const snapshots = new Map<string, Snapshot>();
  const systemSnapshot = (locale: Locale): Snapshot => {
    let snapshot = snapshots.get(locale);
    if (!snapshot) {
      const sections = systemTemplateSections(locale);
      snapshot = {
        templateId: null,
        templateName: systemTemplateName(locale),
        sections: JSON.stringify(sections),
        keys: sections.map((s) => s.key),
      };
      snapshots.set(locale, snapshot);
    }
    return snapshot;
  };
  return { orgId, orgTemplate, systemSnapshot };
}
