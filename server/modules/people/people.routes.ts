import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  peopleResponseSchema,
  personParamsSchema,
  personResponseSchema,
  updatePersonBodySchema,
} from "../../../shared/schemas/people.js";
import { defineRoutes } from "../../http/module-routes.js";
import { listOrganizationPeople, updatePerson } from "./people.service.js";

/** The workspace directory and reporting lines. */
export const peopleRoutes = defineRoutes("people", (api, deps) => {
  api.get(
    "/orgs/:orgId/people",
    { summary: "Everyone in the workspace", params: orgParamsSchema, ok: peopleResponseSchema },
    async ({ actor, params }) => ({ people: await listOrganizationPeople(deps, actor, params.orgId) }),
  );
  api.patch(
    "/orgs/:orgId/people/:userId",
    {
      summary: "Change a person's role, manager or status (admins)",
      params: personParamsSchema,
      body: updatePersonBodySchema,
      ok: personResponseSchema,
    },
    async ({ actor, params, body, meta }) => ({
      person: await updatePerson(deps, actor, params.orgId, params.userId, body, meta),
    }),
  );
});
