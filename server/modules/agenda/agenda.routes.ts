import { z } from "zod";
import {
  agendaItemConflictSchema,
  agendaItemResponseSchema,
  createAgendaItemBodySchema,
  meetingParamsSchema,
  updateAgendaItemBodySchema,
} from "../../../shared/schemas/meetings.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { addAgendaItem, deleteAgendaItem, updateAgendaItem } from "./agenda.service.js";

/** A meeting's talking points. */
export const agendaRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  const params = meetingParamsSchema;

  r.post(
    "/meetings/:id/agenda-items",
    {
      schema: {
        tags: ["agenda"],
        summary: "Add a talking point",
        params,
        body: createAgendaItemBodySchema,
        response: { 201: agendaItemResponseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ agendaItem: await addAgendaItem(deps, requireActor(request), request.params.id, request.body) }),
  );
  r.patch(
    "/agenda-items/:id",
    {
      schema: {
        tags: ["agenda"],
        summary: "Reword (author), tick, move or reorder a talking point",
        params,
        body: updateAgendaItemBodySchema,
        response: { 200: agendaItemResponseSchema, 409: agendaItemConflictSchema },
      },
    },
    async (request) => ({
      agendaItem: await updateAgendaItem(deps, requireActor(request), request.params.id, request.body),
    }),
  );
  r.delete(
    "/agenda-items/:id",
    { schema: { tags: ["agenda"], summary: "Delete a talking point (author)", params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteAgendaItem(deps, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
