import { z } from "zod";
import { errorResponseSchema } from "../../../shared/schemas/common.js";
import {
  meetingParamsSchema,
  noteConflictSchema,
  noteVersionSchema,
  putNoteBodySchema,
} from "../../../shared/schemas/meetings.js";
import { defineRoutes } from "../../http/module-routes.js";
import { saveNote } from "./notes.service.js";

/** A meeting's shared notes and the caller's private notes. */
export const notesRoutes = defineRoutes("notes", (api, deps) => {
  for (const kind of ["shared", "private"] as const) {
    api.put(
      `/meetings/:id/notes/${kind}`,
      {
        summary: kind === "shared" ? "Save the shared notes (both edit)" : "Save my private notes (only I see them)",
        params: meetingParamsSchema,
        body: putNoteBodySchema,
        ok: noteVersionSchema,
        // A stale write (with the current note) or a cancelled meeting (a plain error).
        conflict: z.union([noteConflictSchema, errorResponseSchema]),
      },
      async ({ actor, params, body }) => saveNote(deps, actor, params.id, kind, body),
    );
  }
});
