import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  createTemplateBodySchema,
  templateListQuerySchema,
  templateListSchema,
  templateParamsSchema,
  templateResponseSchema,
  updateTemplateBodySchema,
} from "../../../shared/schemas/templates.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { createTemplate, editTemplate, listTemplates } from "./templates.service.js";

const tags = ["templates"];

/** Meeting templates: the default, the workspace's and personal ones. */
export const templatesRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/orgs/:orgId/templates",
    {
      schema: {
        tags,
        summary: "Templates I can use (includes the default)",
        params: orgParamsSchema,
        querystring: templateListQuerySchema,
        response: { 200: templateListSchema },
      },
    },
    async (request) => ({
      templates: await listTemplates(
        deps,
        requireActor(request),
        request.params.orgId,
        request.query.includeArchived === "true",
      ),
    }),
  );
  r.post(
    "/orgs/:orgId/templates",
    {
      schema: {
        tags,
        summary: "Create a workspace (admins) or personal template",
        params: orgParamsSchema,
        body: createTemplateBodySchema,
        response: { 201: templateResponseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ template: await createTemplate(deps, requireActor(request), request.params.orgId, request.body) }),
  );
  r.patch(
    "/templates/:id",
    {
      schema: {
        tags,
        summary: "Rename, edit or archive a template",
        params: templateParamsSchema,
        body: updateTemplateBodySchema,
        response: { 200: templateResponseSchema },
      },
    },
    async (request) => ({ template: await editTemplate(deps, requireActor(request), request.params.id, request.body) }),
  );
};
