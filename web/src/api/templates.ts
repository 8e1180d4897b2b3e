import type { CreateTemplateBody, Template, UpdateTemplateBody } from "../../../shared/schemas/templates.js";
import { request } from "./client.js";

/** The id of the built-in five-part template. */
export const SYSTEM_TEMPLATE_ID = "system-default";

/** The templates I may use: the default first, then the workspace's and my own. */
export const listTemplates = (orgId: string, includeArchived = false) =>
  request<{ templates: Template[] }>(
    "GET",
    `/api/v1/orgs/${encodeURIComponent(orgId)}/templates${includeArchived ? "?includeArchived=true" : ""}`,
  );

/** Creates a workspace (admins) or personal template. */
export const createTemplate = (orgId: string, body: CreateTemplateBody) =>
  request<{ template: Template }>("POST", `/api/v1/orgs/${encodeURIComponent(orgId)}/templates`, body);

/** Renames, edits sections, archives or restores a template. */
export const updateTemplate = (templateId: string, body: UpdateTemplateBody) =>
  request<{ template: Template }>("PATCH", `/api/v1/templates/${encodeURIComponent(templateId)}`, body);
