import { z } from "zod";
import { errorResponseSchema } from "../../../shared/schemas/common.js";
import {
  meetingParamsSchema,
  noteConflictSchema,
  noteVersionSchema,
  putNoteBodySchema,
} from "../../../shared/schemas/meetings.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { saveNote } from "./notes.service.js";

/** A meeting's shared notes and the caller's private notes. */
export const notesRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  const params = meetingParamsSchema;

  for (const kind of ["shared", "private"] as const) {
    r.put(
      `/meetings/:id/notes/${kind}`,
      {
        schema: {
          tags: ["notes"],
          summary: kind === "shared" ? "Save the shared notes (both edit)" : "Save my private notes (only I see them)",
          params,
          body: putNoteBodySchema,
          // A 409 is a stale write (with the current note) or a cancelled meeting (a plain error).
          response: { 200: noteVersionSchema, 409: z.union([noteConflictSchema, errorResponseSchema]) },
        },
      },
      async (request) => saveNote(deps, requireActor(request), request.params.id, kind, request.body),
    );
  }
};
