import type { Locale } from "../../../shared/schemas/common.js";
import {
  type CreateTemplateBody,
  SYSTEM_TEMPLATE_ID,
  type Template,
  type TemplateSection,
  type UpdateTemplateBody,
} from "../../../shared/schemas/templates.js";
import type { Actor, Deps } from "../../context.js";
import { newId } from "../../db/ids.js";
import type { TemplatesTable } from "../../db/schema.js";
import { forbidden, notFound, rethrowAsNotFound } from "../../http/errors.js";
import { requireActiveMember, requireAdmin } from "../organizations/membership-policy.js";
import { systemTemplateName, systemTemplateSections } from "./system-template.js";
import { findTemplate, insertTemplate, listVisibleTemplates, updateTemplate } from "./templates.repo.js";

function presentTemplate(row: TemplatesTable): Template {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    sections: JSON.parse(row.sections) as TemplateSection[],
    ownerId: row.ownerId,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The built-in template, worded in the given language. */
export function systemTemplate(locale: Locale): Template {
  return {
    id: SYSTEM_TEMPLATE_ID,
    name: systemTemplateName(locale),
    scope: "system",
    sections: systemTemplateSections(locale),
    ownerId: null,
    archived: false,
    createdAt: null,
    updatedAt: null,
  };
}

/** The default template plus the workspace's and the caller's own templates. */
export async function listTemplates(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  includeArchived: boolean,
): Promise<Template[]> {
  await requireActiveMember(deps, actor, organizationId);
  const rows = await listVisibleTemplates(deps.db.kysely, organizationId, actor.userId, includeArchived);
  return [systemTemplate(actor.locale), ...rows.map(presentTemplate)];
}

/** Creates a workspace template (admins) or a personal one (anyone). */
export async function createTemplate(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: CreateTemplateBody,
): Promise<Template> {
  if (input.scope === "organization") await requireAdmin(deps, actor, organizationId);
  else await requireActiveMember(deps, actor, organizationId);
  const now = deps.clock.now().toISOString();
  const row: TemplatesTable = {
    id: newId(),
    organizationId,
    ownerId: input.scope === "personal" ? actor.userId : null,
    scope: input.scope,
    name: input.name,
    sections: JSON.stringify(input.sections),
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await insertTemplate(deps.db.kysely, row);
  return presentTemplate(row);
}

/** A template the caller may use, with the check for who may change it. */
async function requireVisibleTemplate(deps: Deps, actor: Actor, id: string) {
  const row = await findTemplate(deps.db.kysely, id);
  if (!row) throw notFound("Template");
  await requireActiveMember(deps, actor, row.organizationId).catch(rethrowAsNotFound("Template"));
  if (row.scope === "personal" && row.ownerId !== actor.userId) throw notFound("Template");
  return row;
}

/** Renames, edits or archives a template; meetings keep the snapshot they were created with. */
export async function editTemplate(deps: Deps, actor: Actor, id: string, patch: UpdateTemplateBody): Promise<Template> {
  if (id === SYSTEM_TEMPLATE_ID)
    throw forbidden("system_template", "The default template cannot be changed; duplicate it instead");
  const row = await requireVisibleTemplate(deps, actor, id);
  if (row.scope === "organization") await requireAdmin(deps, actor, row.organizationId);
  const now = deps.clock.now().toISOString();
  const changes: Partial<TemplatesTable> = { updatedAt: now };
  if (patch.name !== undefined) changes.name = patch.name;
  if (patch.sections !== undefined) changes.sections = JSON.stringify(patch.sections);
  if (patch.archived !== undefined) changes.archivedAt = patch.archived ? (row.archivedAt ?? now) : null;
  await updateTemplate(deps.db.kysely, id, changes);
  return presentTemplate({ ...row, ...changes });
}

/** The name and sections to snapshot into a new meeting; null or unknown ids fall back to the default. */
export async function resolveTemplateForOneOnOne(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  templateId: string | null | undefined,
  locale: Locale,
): Promise<{ id: string | null; name: string; sections: TemplateSection[] }> {
  if (!templateId || templateId === SYSTEM_TEMPLATE_ID) {
    return { id: null, name: systemTemplateName(locale), sections: systemTemplateSections(locale) };
  }
  const row = await requireVisibleTemplate(deps, actor, templateId);
  if (row.organizationId !== organizationId || row.archivedAt) throw notFound("Template");
  return { id: row.id, name: row.name, sections: JSON.parse(row.sections) as TemplateSection[] };
}
