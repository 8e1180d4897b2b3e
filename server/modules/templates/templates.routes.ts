import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  createTemplateBodySchema,
  templateListQuerySchema,
  templateListSchema,
  templateParamsSchema,
  templateResponseSchema,
  updateTemplateBodySchema,
} from "../../../shared/schemas/templates.js";
import { defineRoutes } from "../../http/module-routes.js";
import { createTemplate, editTemplate, listTemplates } from "./templates.service.js";

/** Meeting templates: the default, the workspace's and personal ones. */
export const templatesRoutes = defineRoutes("templates", (api, deps) => {
  api.get(
    "/orgs/:orgId/templates",
    {
      summary: "Templates I can use (includes the default)",
      params: orgParamsSchema,
      query: templateListQuerySchema,
      ok: templateListSchema,
    },
    async ({ actor, params, query }) => ({
      templates: await listTemplates(deps, actor, params.orgId, query.includeArchived === "true"),
    }),
  );
  api.post(
    "/orgs/:orgId/templates",
    {
      summary: "Create a workspace (admins) or personal template",
      params: orgParamsSchema,
      body: createTemplateBodySchema,
      created: templateResponseSchema,
    },
    async ({ actor, params, body }) => ({ template: await createTemplate(deps, actor, params.orgId, body) }),
  );
  api.patch(
    "/templates/:id",
    {
      summary: "Rename, edit or archive a template",
      params: templateParamsSchema,
      body: updateTemplateBodySchema,
      ok: templateResponseSchema,
    },
    async ({ actor, params, body }) => ({ template: await editTemplate(deps, actor, params.id, body) }),
  );
});
