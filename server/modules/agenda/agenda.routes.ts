import {
  agendaItemConflictSchema,
  agendaItemResponseSchema,
  createAgendaItemBodySchema,
  meetingParamsSchema,
  updateAgendaItemBodySchema,
} from "../../../shared/schemas/meetings.js";
import { defineRoutes } from "../../http/module-routes.js";
import { addAgendaItem, deleteAgendaItem, updateAgendaItem } from "./agenda.service.js";

/** A meeting's talking points. */
export const agendaRoutes = defineRoutes("agenda", (api, deps) => {
  api.post(
    "/meetings/:id/agenda-items",
    {
      summary: "Add a talking point",
      params: meetingParamsSchema,
      body: createAgendaItemBodySchema,
      created: agendaItemResponseSchema,
    },
    async ({ actor, params, body }) => ({ agendaItem: await addAgendaItem(deps, actor, params.id, body) }),
  );
  api.patch(
    "/agenda-items/:id",
    {
      summary: "Reword (author), tick, move or reorder a talking point",
      params: meetingParamsSchema,
      body: updateAgendaItemBodySchema,
      ok: agendaItemResponseSchema,
      conflict: agendaItemConflictSchema,
    },
    async ({ actor, params, body }) => ({ agendaItem: await updateAgendaItem(deps, actor, params.id, body) }),
  );
  api.delete(
    "/agenda-items/:id",
    { summary: "Delete a talking point (author)", params: meetingParamsSchema, noContent: true },
    async ({ actor, params }) => deleteAgendaItem(deps, actor, params.id),
  );
});
