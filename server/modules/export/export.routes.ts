import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { userExportSchema, workspaceExportSchema } from "../../../shared/schemas/export.js";
import { defineRoutes } from "../../http/module-routes.js";
import { exportUserData, exportUserZip, exportWorkspace } from "./export.service.js";

const attachment = (filename: string) => `attachment; filename="${filename}"`;
const downloadQuerySchema = z.object({ download: z.enum(["0", "1"]).optional() });

/** "Own your data": a person's export (JSON or Markdown zip) and an admin's workspace-structure export. */
export const exportRoutes = defineRoutes("export", (api, deps) => {
  api.get(
    "/export",
    {
      summary: "Everything you may see, as versioned JSON (format rapport-export, version 1)",
      description:
        "Your 1:1s with their meetings, agenda, shared notes, actions, check-ins, feedback, goals and standing items, plus your own private notes and ratings — never anyone else's private notes. Add ?download=1 to get it as a file.",
      query: downloadQuerySchema,
      ok: userExportSchema,
    },
    async ({ actor, query, reply }) => {
      const data = await exportUserData(deps, actor);
      if (query.download === "1") {
        reply.header("content-disposition", attachment(`rapport-export-${data.exportedAt.slice(0, 10)}.json`));
      }
      return data;
    },
  );
  api.get(
    "/export/markdown",
    {
      summary: "Everything you may see, as a zip of Markdown files",
      description:
        "One file per meeting (the template's sections with talking points, notes, actions, check-in and feedback) and one overview per 1:1 (goals, open actions, meetings), plus the JSON document.",
      produces: ["application/zip"],
      ok: z.any().describe("application/zip"),
    },
    async ({ actor, reply }) => {
      const { zip, filename } = await exportUserZip(deps, actor);
      return reply
        .type("application/zip")
        .header("content-disposition", attachment(filename))
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
    },
  );
  api.get(
    "/orgs/:orgId/export",
    {
      summary: "The workspace's structure (admins): people, reporting lines, templates and 1:1 — no content",
      params: orgParamsSchema,
      query: downloadQuerySchema,
      ok: workspaceExportSchema,
    },
    async ({ actor, params, query, reply }) => {
      const data = await exportWorkspace(deps, actor, params.orgId);
      if (query.download === "1") {
        reply.header("content-disposition", attachment(`rapport-workspace-${data.exportedAt.slice(0, 10)}.json`));
      }
      return data;
    },
  );
});
