import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  peopleResponseSchema,
  personParamsSchema,
  personResponseSchema,
  updatePersonBodySchema,
} from "../../../shared/schemas/people.js";
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { listOrganizationPeople, updatePerson } from "./people.service.js";

const tags = ["people"];

/** The workspace directory and reporting lines. */
export const peopleRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    "/orgs/:orgId/people",
    {
      schema: {
        tags,
        summary: "Everyone in the workspace",
        params: orgParamsSchema,
        response: { 200: peopleResponseSchema },
      },
    },
    async (request) => ({ people: await listOrganizationPeople(deps, requireActor(request), request.params.orgId) }),
  );
  r.patch(
    "/orgs/:orgId/people/:userId",
    {
      schema: {
        tags,
        summary: "Change a person's role, manager or status (admins)",
        params: personParamsSchema,
        body: updatePersonBodySchema,
        response: { 200: personResponseSchema },
      },
    },
    async (request) => {
      const { orgId, userId } = request.params;
      return {
        person: await updatePerson(deps, requireActor(request), orgId, userId, request.body, requestMeta(request)),
      };
    },
  );
};
